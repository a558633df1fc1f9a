package com.jobmatch.resume.parsing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mail scan reads each character a bounded number of times, whatever the text (issue 21: a
 * 40,000-letter text took 29.5 s). Counted, not timed: the text counts how often it is read.
 */
class EmailScannerTest {

    /** A text that counts its character reads. */
    static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Test
    void aLongTextOfOneLetterIsReadInLinearSteps() {
        CountingText text = new CountingText("a".repeat(20_000));
        assertNull(ResumeTextParser.firstEmail(text));
        assertTrue(text.reads <= 4L * text.length(), "read " + text.reads + " characters for a text of " + text.length());
    }

    @Test
    void manyAtSignsAndDomainsWithoutATopLevelDomainStayLinear() {
        CountingText text = new CountingText("name@host-without-dot ".repeat(5_000) + "x@".repeat(5_000));
        assertNull(ResumeTextParser.firstEmail(text));
        int window = EmailScanner.MAX_LOCAL_PART + EmailScanner.MAX_DOMAIN;
        assertTrue(text.reads <= 2L * text.length() + 10_000L * window, "read " + text.reads + " characters");
    }

    @Test
    void findsTheAddressesThePatternFound() {
        assertEquals("jordan.avery@example.com", ResumeTextParser.firstEmail("Jordan Avery | jordan.avery@example.com | +1 555"));
        assertEquals("a_b+c%d@mail.co.uk", ResumeTextParser.firstEmail("mail: a_b+c%d@mail.co.uk."));
        assertEquals("x@y.io", ResumeTextParser.firstEmail("not@an email, but x@y.io is"));
        assertEquals("me@sub.domain.org", ResumeTextParser.firstEmail("(me@sub.domain.org)"));
        assertNull(ResumeTextParser.firstEmail("@example.com and me@localhost"));
    }
}
