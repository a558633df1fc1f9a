package com.jobmatch.common.ratelimit;

import com.jobmatch.common.problem.ProblemException;

import java.util.List;

/** A call refused because its budget is spent; answered as 429 problem+json with Retry-After. */
public class RateLimitExceeded extends ProblemException {

    private final long retryAfterSeconds;

    public RateLimitExceeded(String limit, long retryAfterSeconds) {
        super(429, "Too many requests", "Too many " + limit + " requests; try again in " + retryAfterSeconds
                + " seconds", List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
