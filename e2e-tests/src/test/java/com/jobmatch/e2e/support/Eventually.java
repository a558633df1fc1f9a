package com.jobmatch.e2e.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for background work (parsing, enrichment, matching) that completes after the request returns. */
public final class Eventually {

    private Eventually() {
    }

    /** Polls until {@code probe} yields a value, or fails naming what was awaited and the last state seen. */
    public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe, Supplier<String> lastState) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> result = probe.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting " + timeout.toSeconds() + " s for " + what + "; last seen: " + lastState.get());
            }
            ServiceProcesses.sleep(Duration.ofSeconds(1));
        }
    }
}
