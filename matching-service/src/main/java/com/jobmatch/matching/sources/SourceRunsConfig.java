package com.jobmatch.matching.sources;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How source runs behave (prefix {@code jobmatch.source-runs}): the queue, quotas and the HTTP guard per source. */
@ConfigMapping(prefix = "jobmatch.source-runs")
public interface SourceRunsConfig {

    /** Worker threads running queued source runs on this instance (0 = none: the instance only serves requests). */
    @WithDefault("1")
    int workers();

    /** A run not finished within this time (its worker died) is run again. */
    @WithDefault("PT2H")
    Duration lease();

    /** Attempts of a queued run whose worker died before it is given up (kept dead with the error). */
    @WithDefault("3")
    int maxAttempts();

    /** The longest Retry-After a run waits for inside the run; a longer one ends the run and delays the next. */
    @WithDefault("PT2M")
    Duration maxRetryAfter();

    /** 429 answers for one page before the run gives up on it. */
    @WithDefault("3")
    int rateLimitRetries();

    /** Wait after a 429 without Retry-After (doubles per answer, with the queue component's jitter). */
    @WithDefault("PT5S")
    Duration rateLimitBackoff();

    Http http();

    /** Timeout, retries and circuit breaker of each source's requests (one breaker per source). */
    interface Http {
        @WithDefault("PT60S")
        Duration timeout();

        /** Retries of a request that failed on the way (connection, 5xx), with exponential backoff. */
        @WithDefault("2")
        int retries();

        @WithDefault("PT1S")
        Duration retryDelay();

        @WithDefault("PT30S")
        Duration maxRetryDelay();

        @WithDefault("4")
        int breakerRequests();

        @WithDefault("0.75")
        double breakerFailureRatio();

        @WithDefault("PT5M")
        Duration breakerDelay();
    }
}
