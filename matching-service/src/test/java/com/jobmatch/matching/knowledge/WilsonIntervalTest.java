package com.jobmatch.matching.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WilsonIntervalTest {

    @Test
    void theLowerBoundMatchesTheTextbookValue() {
        // 8 of 10: 0.490 (Wilson 1927, z = 1.96)
        assertEquals(0.490, WilsonInterval.lowerBound(0.8, 10), 0.001);
        assertEquals(0, WilsonInterval.lowerBound(0.5, 0));
    }

    @Test
    void aFullShareVouchesForMoreTheMoreTrialsShowIt() {
        assertEquals(0.207, WilsonInterval.lowerBound(1, 1), 0.001);
        assertEquals(0.566, WilsonInterval.lowerBound(1, 5), 0.001);
        assertEquals(0.722, WilsonInterval.lowerBound(1, 10), 0.001);
        assertEquals(0, WilsonInterval.lowerBound(0, 10), 1e-9);
    }
}
