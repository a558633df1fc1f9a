package com.jobmatch.common.testing;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * The answer of an operation whose budget ({@code @RateLimited}) is spent: 429 problem+json naming the problem type,
 * with a Retry-After in whole seconds that a client can wait for.
 */
public final class RateLimits {

    private RateLimits() {
    }

    /** Asserts the refusal and returns the response for further checks (e.g. of the detail). */
    public static ValidatableResponse assertTooManyRequests(ValidatableResponse response) {
        return response.statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429))
                .body("type", equalTo("https://jobmatch.dev/problems/too-many-requests"));
    }
}
