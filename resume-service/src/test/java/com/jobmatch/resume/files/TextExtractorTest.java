package com.jobmatch.resume.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Issue 21: a damaged file fails with our reason (shown to its owner), never the parsing library's text. */
class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor(200_000);

    @Test
    void aDamagedPdfFailsWithOurReason() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        TextExtractor.UnreadableFileException e = assertThrows(TextExtractor.UnreadableFileException.class,
                () -> extractor.extract(FileKind.PDF, damaged));
        assertEquals(TextExtractor.DAMAGED_PDF, e.getMessage());
    }

    @Test
    void aDamagedDocxFailsWithOurReason() {
        byte[] damaged = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        TextExtractor.UnreadableFileException e = assertThrows(TextExtractor.UnreadableFileException.class,
                () -> extractor.extract(FileKind.DOCX, damaged));
        assertEquals(TextExtractor.DAMAGED_FILE, e.getMessage());
    }

    @Test
    void aLongRunOfBlanksIsNormalisedInLinearTime() {
        // Trailing blanks were removed with [ \t]+\n, retried from every blank of a run that ends in no line break:
        // 40,000 blanks took 10 s, so this million would have taken hours.
        byte[] blanks = (" \t".repeat(500_000) + "Pat Blank  \n\n\n\nWelder \t\n").getBytes(StandardCharsets.UTF_8);
        String text = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(FileKind.TEXT, blanks));
        assertEquals("Pat Blank\n\nWelder", text);
    }

    @Test
    void anUploadsGluedHeadingsStandOnTheirOwnLinesAndAJsonResumeIsLeftAsItIs() throws Exception {
        byte[] pasted = "Jane Doe\nHighlightsJava, SQL\nExperienceDeveloper, 2019".getBytes(StandardCharsets.UTF_8);
        assertEquals("Jane Doe\nHighlights\nJava, SQL\nExperience\nDeveloper, 2019", extractor.extract(FileKind.TEXT, pasted));
        byte[] json = "{\"basics\": {\"name\": \"Jane\"},\nSkillsJava: 1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(new String(json, StandardCharsets.UTF_8), extractor.extract(FileKind.JSON_RESUME, json));
    }

    @Test
    void aPastedOrExtractedTextIsReadWithItsMojibakeRepaired() throws Exception {
        byte[] pasted = "Biology Teacher Company Name \u00ef\u00bc\u200b City , State\nPlanned lessonsÂ\u00a0daily"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("Biology Teacher Company Name \uFFFD City , State\nPlanned lessons daily",
                extractor.extract(FileKind.TEXT, pasted));
    }
}
