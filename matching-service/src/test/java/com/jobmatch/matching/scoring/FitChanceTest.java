package com.jobmatch.matching.scoring;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FitChanceTest {

    private static FitChance table(String text) {
        return new FitChance(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aScoreReadsAsTheShareOfSuchMatchesJudgedAFit() {
        FitChance chance = table("# comment\nscore\tfit_chance\n20\t0.1\n40\t0.3\n60\t0.7\n");
        assertEquals(Optional.of(0.1), chance.of(5), "below the first knot: its chance, not less");
        assertEquals(Optional.of(0.2), chance.of(30), "between knots: interpolated");
        assertEquals(Optional.of(0.5), chance.of(50));
        assertEquals(Optional.of(0.7), chance.of(95), "above the last knot: its chance, not more");
    }

    @Test
    void theChanceNeverFallsAsTheScoreRises() {
        FitChance chance = table("score\tfit_chance\n10\t0.05\n35\t0.31\n36\t0.31\n70\t0.8\n");
        double previous = 0;
        for (int score = 0; score <= 100; score++) {
            double now = chance.of(score).orElseThrow();
            assertTrue(now >= previous, "chance at " + score);
            previous = now;
        }
    }

    @Test
    void aTableThatFallsIsRefusedAndNoTableMeansNoChance() {
        assertThrows(IllegalStateException.class, () -> table("score\tfit_chance\n20\t0.5\n40\t0.3\n"));
        assertEquals(Optional.empty(), new FitChance(null).of(80));
    }
}
