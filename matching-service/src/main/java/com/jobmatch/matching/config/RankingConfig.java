package com.jobmatch.matching.config;

import com.jobmatch.matching.scoring.ScoringPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Knobs of retrieval, scoring, deep analysis, recompute and notifications. */
@ConfigMapping(prefix = "jobmatch.ranking")
public interface RankingConfig {

    Scoring scoring();

    Retrieval retrieval();

    DeepAnalysis deepAnalysis();

    Recompute recompute();

    Notifications notifications();

    interface Scoring {
        /**
         * Share of the overall score given to semantic similarity; the six collar weights share the rest (see
         * {@link ScoringPolicy#DEFAULT_SEMANTIC_SHARE}).
         */
        @WithDefault(ScoringPolicy.DEFAULT_SEMANTIC_SHARE)
        double semanticShare();

        /**
         * Centred similarity mapped to 0 (see {@link ScoringPolicy}). The range belongs to the reference centre and the
         * semantic metric (retrieval.reference-centre, retrieval.semantic-metric): with both, resume-job pairs fall at
         * about 0.0 to 0.7 (1st-99th percentile of the fit pairs, labels unused, printed by
         * bench/learn_semantic_metric.py), so scores keep their spread and rarely clip.
         */
        @WithDefault("0.0")
        double cosineFloor();

        /** Centred similarity mapped to 100. */
        @WithDefault("0.7")
        double cosineCeiling();

        @WithDefault("5")
        int maxImprovements();

        @WithDefault("0.5")
        double minImprovementPoints();

        default ScoringPolicy policy() {
            return new ScoringPolicy(semanticShare(), cosineFloor(), cosineCeiling(), maxImprovements(),
                    minImprovementPoints());
        }
    }

    interface Retrieval {
        /**
         * Jobs retrieved by vector search and then scored for one resume: twice the first page. Retrieval orders by
         * the similarity scoring uses, so over the fit pairs the 40 nearest hold 86 % of the jobs a re-ranking of
         * the whole catalogue puts in the top 20 (100 nearest: 96 %), at half the latency (bench/match-latency.sh).
         */
        @WithDefault("40")
        int candidates();

        /**
         * How deep a person can page through their matches: a page beyond the stored ranking ranks again with as
         * many nearest jobs as that page needs (issue 18: a seeker never saw more than the first 40), up to this.
         */
        @WithDefault("1000")
        int maxDepth();

        /**
         * Job profiles kept in memory for scoring (about 1 KB each, see JobProfileStore): enough for a catalogue's
         * working set, so that a ranking reads from the database only jobs that are new or changed.
         */
        @WithDefault("50000")
        int cachedProfiles();

        /**
         * The stored embedding centre is checked against the reference in the background
         * (jobmatch.schedule.embedding-centre); a check older than this is made again before use.
         */
        @WithDefault("PT15M")
        Duration centreMaxAge();

        /**
         * The classpath resource holding the reference centre semantic similarity is measured from (one number a
         * line, lines starting with # ignored; see EmbeddingCentre.reference): a fixed centre, the mean of ESCO's
         * occupation descriptions, so that no other job in the catalogue moves a pair's similarity.
         */
        @WithDefault("scoring/reference-centre.tsv")
        String referenceCentre();

        /** The value of {@link #semanticMetric} that weighs every dimension alike. */
        String PLAIN_COSINE = "none";

        /**
         * The classpath resource holding the learnt semantic metric (one scale a dimension, see
         * EmbeddingCentre.scale; fitted by bench/learn_semantic_metric.py), or {@value #PLAIN_COSINE} for a plain
         * cosine of the directions from the centre. The metric belongs to the embedding model and the reference centre
         * it was fitted with, as does the scoring's cosine range.
         */
        @WithDefault("scoring/semantic-metric.tsv")
        String semanticMetric();
    }

    interface DeepAnalysis {
        @WithDefault("true")
        boolean enabled();

        /** Seed 001: only matches with a semantic score of at least 50 are worth an LLM analysis. */
        @WithDefault("50")
        double minSemanticScore();

        @WithDefault("3")
        int topMatches();

        /** First retry delay of a failed analysis (analysis_queue); doubles per attempt, with jitter. */
        @WithDefault("PT30S")
        Duration retryDelay();

        @WithDefault("PT30M")
        Duration maxRetryDelay();

        /** Attempts before an analysis is dead (kept with its last error; revived by an admin). */
        @WithDefault("8")
        int maxAttempts();
    }

    interface Recompute {
        @WithDefault("20")
        int batchSize();

        /** First retry delay; doubles per attempt (with jitter) up to {@link #maxRetryDelay()}. */
        @WithDefault("PT30S")
        Duration retryDelay();

        @WithDefault("PT30M")
        Duration maxRetryDelay();

        @WithDefault("8")
        int maxAttempts();

        /** A claimed task not finished within this time (its worker crashed) is claimed again. */
        @WithDefault("PT5M")
        Duration lease();
    }

    interface Notifications {
        /** Used when the person has not set their own minimum match score. */
        @WithDefault("75")
        int defaultThreshold();

        /** An application still APPLIED after this long gets a follow-up reminder. */
        @WithDefault("P7D")
        Duration followUpAfter();

        /** Interviews starting within this window get a reminder. */
        @WithDefault("PT24H")
        Duration interviewWithin();
    }
}
