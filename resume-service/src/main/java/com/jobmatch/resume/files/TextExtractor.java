package com.jobmatch.resume.files;

import com.jobmatch.resume.parsing.ResumeSections;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Plain text of a stored resume file: PDFBox for PDFs (column-aware, see {@link PdfText}), Apache Tika for DOCX. */
public final class TextExtractor {

    /** Fewer visible characters than this on a PDF means there is no text layer to read. */
    private static final int MIN_TEXT_CHARS = 20;

    static final String DAMAGED_PDF = "The PDF could not be read: it is damaged or not a PDF; export it again or upload a DOCX";
    static final String DAMAGED_FILE = "The file could not be read: it is damaged or not the format its name says";

    /**
     * Spaces and tabs before a line break, matched from the start of their run only and never given back: a plain
     * {@code [ \t]+\n} retries from every blank of a long run without a line break, quadratic in its length (a 40,000
     * blank text took 10 s, a 10 MB one would take days).
     */
    private static final Pattern TRAILING_BLANKS = Pattern.compile("(?<![ \\t])[ \\t]++\n");

    private final int maxChars;

    public TextExtractor(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * A file's text and the day it was last written, when the file says: a PDF's creation or modification date, a
     * DOCX's core properties; a text has none.
     */
    public record Extracted(String text, Optional<LocalDate> writtenOn) {
    }

    public String extract(FileKind kind, byte[] content) throws UnreadableFileException {
        return read(kind, content).text();
    }

    public Extracted read(FileKind kind, byte[] content) throws UnreadableFileException {
        Extracted read = switch (kind) {
            case PDF -> pdf(content);
            case DOCX -> run(new OOXMLParser(), new ParseContext(), content);
            case TEXT, JSON_RESUME -> new Extracted(new String(content, StandardCharsets.UTF_8), Optional.empty());
        };
        return new Extracted(normalized(kind, read.text()), read.writtenOn());
    }

    private String normalized(FileKind kind, String text) {
        // Mojibake first: a no-break space that came out as "Â\u00a0" is one character again before blanks are read.
        String normalized = TRAILING_BLANKS.matcher(Mojibake.repaired(text).replace("\r\n", "\n").replace('\u00a0', ' '))
                .replaceAll("\n")
                .replaceAll("\n{3,}", "\n\n").strip();
        if (kind != FileKind.JSON_RESUME) {
            // Flattened exports glue a heading to the next word ("SkillsMicrosoft Excel"); the text keeps it apart.
            normalized = ResumeSections.withHeadingsOnTheirOwnLines(normalized);
        }
        return normalized.length() > maxChars ? normalized.substring(0, maxChars) : normalized;
    }

    private static Extracted pdf(byte[] content) throws UnreadableFileException {
        Extracted read;
        try {
            read = PdfText.extract(content);
        } catch (IOException e) {
            // The reason stays in our words: the library's message (PDFBox internals) is shown to the owner.
            throw new UnreadableFileException(DAMAGED_PDF);
        }
        if (read.text().replaceAll("\\s+", "").length() < MIN_TEXT_CHARS) {
            throw new UnreadableFileException(
                    "The PDF has no text layer (it looks like a scanned image); upload a text PDF or DOCX, or enter the resume manually");
        }
        return read;
    }

    private static Extracted run(Parser parser, ParseContext context, byte[] content) throws UnreadableFileException {
        BodyContentHandler handler = new BodyContentHandler(-1) {
            @Override
            public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
                if (Thread.currentThread().isInterrupted()) {
                    // Reading was given up (it took too long): stop instead of finishing work nobody waits for.
                    throw new SAXException("reading the document was stopped");
                }
                super.startElement(uri, localName, name, atts);
            }
        };
        try (InputStream in = new ByteArrayInputStream(content)) {
            Metadata metadata = new Metadata();
            parser.parse(in, handler, metadata, context);
            return new Extracted(handler.toString(), writtenOn(metadata.getDate(TikaCoreProperties.CREATED),
                    metadata.getDate(TikaCoreProperties.MODIFIED)));
        } catch (IOException | SAXException | TikaException e) {
            throw new UnreadableFileException(DAMAGED_FILE);
        }
    }

    /** The later of a file's creation and modification times, as a day (UTC), when it states either. */
    static Optional<LocalDate> writtenOn(Date created, Date modified) {
        return Stream.of(created, modified).filter(Objects::nonNull)
                .map(time -> LocalDate.ofInstant(time.toInstant(), ZoneOffset.UTC)).max(Comparator.naturalOrder());
    }

    /** The file was accepted but yields no usable text; the resume ends as failed with this message. */
    public static final class UnreadableFileException extends Exception {
        public UnreadableFileException(String message) {
            super(message);
        }
    }
}
