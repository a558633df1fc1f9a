package com.jobmatch.matching.sources;

import java.time.Duration;

/** Why a source could not give a page; the run records the message as its error. */
public sealed class SourceProblem extends RuntimeException
        permits SourceProblem.Refused, SourceProblem.RateLimited, SourceProblem.Unavailable, SourceProblem.Malformed {

    SourceProblem(String message) {
        super(message);
    }

    /** The source said no: credentials refused or expired (401, 403), the board does not exist (404), a bad request. */
    public static final class Refused extends SourceProblem {
        public Refused(String message) {
            super(message);
        }
    }

    /** 429: the source's quota or rate limit; {@code retryAfter} is what it asked for (null when it did not say). */
    public static final class RateLimited extends SourceProblem {
        private final transient Duration retryAfter;

        public RateLimited(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The source could not be reached after the retries, or its circuit breaker is open: try again next run. */
    public static final class Unavailable extends SourceProblem {
        public Unavailable(String message) {
            super(message);
        }
    }

    /** The answer is not in the provider's documented shape (not JSON, no jobs array). */
    public static final class Malformed extends SourceProblem {
        public Malformed(String message) {
            super(message);
        }
    }
}
