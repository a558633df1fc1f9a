package com.jobmatch.ai.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PiiMaskerTest {

    @Test
    void namesEmailsPhonesAndAddressesAreMaskedAndRestored() {
        PiiMasker masker = new PiiMasker(List.of("Dana Miller"));
        String text = "Dana Miller, dana@example.org, +49 151 2345 6789, 12 Baker Street, London.";
        String masked = masker.mask(text);
        assertEquals("[NAME_1], [EMAIL_1], [PHONE_1], [ADDRESS_1], London.", masked);
        assertFalse(masked.contains("Dana"));
        assertEquals("Thanks Dana Miller, write to dana@example.org", masker.restore("Thanks [NAME_1], write to [EMAIL_1]"));
    }
}
