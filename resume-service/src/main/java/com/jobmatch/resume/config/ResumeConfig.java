package com.jobmatch.resume.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "resume")
public interface ResumeConfig {

    Upload upload();

    Storage storage();

    Work work();

    interface Upload {
        /** Largest accepted file; the HTTP edge refuses bigger bodies before they are read. */
        @WithDefault("10485760")
        long maxBytes();

        /** A DOCX is a zip: refuse it before unpacking when its entries would inflate beyond this. */
        @WithDefault("52428800")
        long maxUncompressedBytes();

        @WithDefault("2000")
        int maxZipEntries();

        /** Text longer than this is cut before structuring and enrichment. */
        @WithDefault("200000")
        int maxTextChars();
    }

    interface Storage {
        /** local or s3 */
        @WithDefault("local")
        String provider();

        @WithDefault(".suite/storage/resumes")
        String localDir();

        S3 s3();
    }

    interface S3 {
        Optional<String> endpoint();

        @WithDefault("resumes")
        String bucket();

        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();
    }

    interface Work {
        /** How long an idle worker waits before looking for due work again. */
        @WithDefault("PT1S")
        Duration pollEvery();

        /** How long a claimed work row belongs to its worker before another may take it over. */
        @WithDefault("PT2M")
        Duration lease();

        /** First retry delay; doubled on each further attempt. */
        @WithDefault("PT5S")
        Duration backoff();

        @WithDefault("PT30M")
        Duration maxBackoff();

        @WithDefault("8")
        int maxAttempts();

        /** Worker threads on this instance; 0 = one per core. */
        @WithDefault("0")
        int workers();

        /**
         * The longest a document may take to be read (text extracted and structured). A document past it fails once
         * with a reason its owner can read, and the worker moves on.
         */
        @WithDefault("PT60S")
        Duration parseTimeout();

        /**
         * A person's uploads are interactive work until this many of their files wait to be parsed; further ones
         * (a batch sent file by file) queue as bulk work.
         */
        @WithDefault("3")
        int interactiveUploads();
    }
}
