package com.jobmatch.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.Map;

/** Limits on expensive operations by name: {@code jobmatch.rate-limits.resume-analyses.per-user=10}. */
@ConfigMapping(prefix = "jobmatch.rate-limits")
public interface RateLimitConfig {

    @WithParentName
    Map<String, Limit> limits();

    /**
     * Distinct callers and addresses remembered; past this the buckets start afresh, so a flood of new keys
     * cannot exhaust memory (it can at worst hand out one fresh budget per key).
     */
    @WithDefault("100000")
    int maxTrackedKeys();

    interface Limit {

        /** Calls one caller (the token's subject) may make per period. */
        long perUser();

        /** Calls one client address may make per period, whoever signs in from it. */
        long perAddress();

        @WithDefault("PT1M")
        Duration period();
    }
}
