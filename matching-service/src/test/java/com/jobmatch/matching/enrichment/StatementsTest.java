package com.jobmatch.matching.enrichment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementsTest {

    @Test
    void aTextSplitsAtSentencesLinesAndBulletsAndDropsFragmentsAndRepeats() {
        String posting = """
                About us: we build payment software for small shops.
                Location: Remote
                • Design and run PostgreSQL schemas for high volume • Review code and mentor two engineers
                Design and run PostgreSQL schemas for high volume; you report to the CTO directly. Apply now!""";
        assertEquals(List.of("About us: we build payment software for small shops.",
                "Design and run PostgreSQL schemas for high volume", "Review code and mentor two engineers",
                "you report to the CTO directly."), Statements.of(posting, 10));
    }

    @Test
    void aLongTextIsSampledEvenlySoItsEndIsNotCutOff() {
        String text = IntStream.range(0, 100).mapToObj(i -> "Statement number %03d of a long posting.".formatted(i))
                .collect(Collectors.joining(" "));
        List<String> statements = Statements.of(text, 10);
        assertEquals(10, statements.size());
        assertEquals("Statement number 000 of a long posting.", statements.getFirst());
        assertEquals("Statement number 090 of a long posting.", statements.getLast());
    }

    @Test
    void aShortOrEmptyTextStillHasAStatementIfAnything() {
        assertEquals(List.of("Java developer"), Statements.of("  Java   developer ", 5));
        assertEquals(List.of(), Statements.of("   ", 5));
        assertEquals(List.of(), Statements.of(null, 5));
        assertTrue(Statements.of("x".repeat(1000), 5).getFirst().length() <= 400, "cut to what the model reads");
    }
}
