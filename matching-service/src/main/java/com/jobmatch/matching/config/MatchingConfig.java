package com.jobmatch.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Ingestion, enrichment and metadata settings (prefix {@code jobmatch.matching}). */
@ConfigMapping(prefix = "jobmatch.matching")
public interface MatchingConfig {

    Enrichment enrichment();

    Metadata metadata();

    interface Enrichment {
        /** Jobs claimed by one {@code processDue} pass (tests and tools drive the queue with it). */
        @WithDefault("20")
        int batchSize();

        /**
         * Jobs one worker claims and sends to ai-service together (one skill-extraction and one embedding request for
         * all of them; ai-service takes at most 64 texts per extraction request). 1 enriches one job at a time.
         */
        @WithDefault("8")
        int modelBatch();

        /** Enrichment worker threads on this instance; 0 = one per core. */
        @WithDefault("0")
        int workers();

        /** Attempts before an entry is dead (kept with its last error until the job changes again). */
        @WithDefault("20")
        int maxAttempts();

        /** First retry delay after ai-service failed; doubles per attempt up to {@link #maxBackoff()}. */
        @WithDefault("PT30S")
        Duration backoff();

        @WithDefault("PT30M")
        Duration maxBackoff();

        /** A claimed job not finished within this time (worker crashed) is picked up again. */
        @WithDefault("PT5M")
        Duration lease();
    }

    interface Metadata {
        /** Minimum number of jobs a skill pair must share before its similarity is stored. */
        @WithDefault("3")
        int minSupport();

        /** Minimum number of transitions out of an industry before its row of the matrix is stored. */
        @WithDefault("5")
        int minSampleSize();

        /** Searchable resumes read per page from resume-service. */
        @WithDefault("100")
        int resumePageSize();
    }
}
