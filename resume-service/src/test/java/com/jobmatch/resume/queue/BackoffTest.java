package com.jobmatch.resume.queue;

import com.jobmatch.common.queue.Backoff;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one retry delay: doubling per attempt, jittered by up to half again (never earlier), capped. */
class BackoffTest {

    @Test
    void delaysDoubleUpToTheCapWithJitterOfUpToHalfAgain() {
        Random random = new Random(17);
        Duration first = Duration.ofSeconds(5);
        Duration cap = Duration.ofMinutes(2);
        for (int attempts = 1; attempts <= 40; attempts++) {
            long full = Math.min(cap.toMillis(), first.toMillis() << Math.min(attempts - 1, 30));
            for (int sample = 0; sample < 50; sample++) {
                long delay = Backoff.after(attempts, first, cap, random).toMillis();
                assertTrue(delay >= full && delay <= Math.min(cap.toMillis(), full + full / 2),
                        "attempt " + attempts + ": " + delay + " ms for " + full);
            }
        }
    }

    @Test
    void jitterSpreadsItemsThatFailedTogether() {
        Random random = new Random(3);
        long distinct = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> Backoff.after(4, Duration.ofSeconds(5), Duration.ofMinutes(30), random))
                .distinct().count();
        assertTrue(distinct > 50, distinct + " distinct delays of 100");
    }

    @Test
    void aZeroFirstDelayMeansNoWaiting() {
        assertTrue(Backoff.after(3, Duration.ZERO, Duration.ofMinutes(30), new Random(1)).isZero());
    }
}
