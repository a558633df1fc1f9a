package com.jobmatch.common.queue;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The one retry delay of every queue: exponential in the attempt number, capped, with "equal jitter" (a random
 * point in the upper half of the delay) so that items failing together (a service was down) do not all come
 * back in the same second, while the delay still grows with every attempt.
 */
public final class Backoff {

    private Backoff() {
    }

    /** The delay after {@code attempts} failed attempts (1 = the first attempt failed). */
    public static Duration after(int attempts, Duration first, Duration cap, RandomGenerator random) {
        long firstMillis = Math.max(1, first.toMillis());
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long capMillis = cap.toMillis();
        long full = firstMillis > (capMillis >> doublings) ? capMillis : firstMillis << doublings;
        long half = full / 2;
        return Duration.ofMillis(half + (full - half == 0 ? 0 : random.nextLong(full - half + 1)));
    }
}
