package com.jobmatch.user.accounts;

import com.jobmatch.common.problem.ProblemException;

import java.time.Duration;
import java.util.List;

/** A refused login because of too many recent failures; answered as 429 with Retry-After. */
public class LoginThrottled extends ProblemException {

    private final Duration retryAfter;

    public LoginThrottled(Duration retryAfter) {
        super(429, "Too many login attempts",
                "Too many failed logins; try again in " + retryAfter.toMinutes() + " minutes", List.of());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
