package com.jobmatch.resume.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.problem.FieldError;
import com.jobmatch.common.problem.ProblemException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what an uploaded file really is and refuses what we will not process: unknown types, encrypted or
 * broken PDFs, zip bombs posing as DOCX. Runs before anything is stored, so a refused upload leaves no trace.
 */
public final class FileInspector {

    private static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Tika tika = new Tika();
    private final ObjectMapper json;
    private final long maxUncompressedBytes;
    private final int maxZipEntries;

    public FileInspector(ObjectMapper json, long maxUncompressedBytes, int maxZipEntries) {
        this.json = json;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxZipEntries = maxZipEntries;
    }

    public FileKind inspect(byte[] content) {
        if (content.length == 0) {
            throw ProblemException.invalidField("file", "the file is empty");
        }
        if (isZip(content)) {
            // Check the archive before any library unpacks it.
            checkZip(content);
        }
        String detected = detect(content);
        return switch (detected) {
            case "application/pdf" -> checkPdf(content);
            case DOCX_MEDIA_TYPE -> FileKind.DOCX;
            case "text/plain", "application/json" -> textOrJsonResume(content);
            default -> throw unsupported(detected);
        };
    }

    private String detect(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return tika.detect(in);
        } catch (IOException e) {
            throw ProblemException.invalidField("file", "the file could not be read");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private void checkZip(byte[] content) {
        int entries = 0;
        long inflated = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxZipEntries) {
                    throw ProblemException.invalidField("file", "the document has more than " + maxZipEntries + " parts");
                }
                if (entry.getName().contains("..")) {
                    throw ProblemException.invalidField("file", "the document contains an unsafe path");
                }
                // Declared sizes can lie, so count what actually inflates.
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > maxUncompressedBytes) {
                        throw ProblemException.invalidField("file",
                                "the document would unpack to more than " + maxUncompressedBytes + " bytes");
                    }
                }
            }
        } catch (IOException e) {
            throw ProblemException.invalidField("file", "the document is not a readable archive");
        }
    }

    private static FileKind checkPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw ProblemException.invalidField("file", "the PDF is encrypted; upload it without a password");
            }
            if (document.getNumberOfPages() == 0) {
                throw ProblemException.invalidField("file", "the PDF has no pages");
            }
            return FileKind.PDF;
        } catch (InvalidPasswordException e) {
            throw ProblemException.invalidField("file", "the PDF is encrypted; upload it without a password");
        } catch (IOException e) {
            throw ProblemException.invalidField("file", "the PDF is damaged and cannot be read");
        }
    }

    private FileKind textOrJsonResume(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalidField("file", "text files must be UTF-8");
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode node = json.readTree(trimmed);
                if (node.isObject() && node.has("basics")) {
                    return FileKind.JSON_RESUME;
                }
            } catch (IOException e) {
                throw ProblemException.invalidField("file", "the file looks like JSON but does not parse");
            }
            throw ProblemException.invalidField("file", "JSON files must be JSON Resume documents (with \"basics\")");
        }
        return FileKind.TEXT;
    }

    private static ProblemException unsupported(String detected) {
        String why = "the content is " + detected + "; accepted are PDF, DOCX, plain text and JSON Resume";
        return new ProblemException(415, "Unsupported file type", "file: " + why, List.of(new FieldError("file", why)));
    }
}
