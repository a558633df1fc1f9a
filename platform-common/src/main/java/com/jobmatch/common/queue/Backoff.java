package com.jobmatch.common.queue;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The one retry delay of every queue: exponential in the attempt number, plus a random part of up to half of it so
 * that items failing together (a service was down) do not all come back in the same second, and capped. The jitter
 * only adds: a retry never comes earlier than the exponential schedule, which is what gives a failing service (and
 * a caller's circuit breaker, typically open for 10-30 s) time to recover before the next attempt.
 */
public final class Backoff {

    private Backoff() {
    }

    /** The delay after {@code attempts} failed attempts (1 = the first attempt failed). */
    public static Duration after(int attempts, Duration first, Duration cap, RandomGenerator random) {
        if (first.isZero()) {
            return Duration.ZERO; // no waiting at all (tests drive queues pass by pass)
        }
        long firstMillis = Math.max(1, first.toMillis());
        long capMillis = cap.toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long base = firstMillis > (capMillis >> doublings) ? capMillis : firstMillis << doublings;
        long jitter = random.nextLong(base / 2 + 1);
        return Duration.ofMillis(Math.min(capMillis, base + jitter));
    }
}
