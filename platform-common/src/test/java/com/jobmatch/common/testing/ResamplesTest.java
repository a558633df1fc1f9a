package com.jobmatch.common.testing;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResamplesTest {

    @Test
    void anIntervalHoldsTheFigureAndNarrowsWithMoreSentences() {
        double[] few = IntStream.range(0, 40).mapToDouble(i -> i % 2).toArray();
        double[] many = IntStream.range(0, 4000).mapToDouble(i -> i % 2).toArray();
        double[] wide = new Resamples(few.length).interval(pick -> Resamples.mean(few, pick));
        double[] narrow = new Resamples(many.length).interval(pick -> Resamples.mean(many, pick));
        assertTrue(wide[0] < 0.5 && 0.5 < wide[1], java.util.Arrays.toString(wide));
        assertTrue(narrow[1] - narrow[0] < (wide[1] - wide[0]) / 5, "a hundred times the items, about a tenth of the width");
    }

    @Test
    void aMethodMinusItselfIsZeroOnEveryResample() {
        double[] scores = IntStream.range(0, 61).mapToDouble(i -> (i * 7 % 5) / 5.0).toArray();
        Resamples resamples = new Resamples(scores.length);
        assertArrayEquals(new double[] {0, 0}, resamples.interval(pick -> Resamples.mean(scores, pick)
                - Resamples.mean(scores, pick)), 1e-12);
        assertEquals("+0.081 [+0.020, +0.143]", Resamples.format(0.081, new double[] {0.02, 0.143}, true));
    }
}
