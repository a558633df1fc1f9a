package com.jobmatch.resume.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
