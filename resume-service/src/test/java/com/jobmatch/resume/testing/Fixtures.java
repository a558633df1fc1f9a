package com.jobmatch.resume.testing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Resume files the tests make themselves: nothing real or personal is shipped. */
public final class Fixtures {

    public static final List<String> SIDEBAR = List.of(
            "Jane Doe", "jane.doe@example.com", "+1 555 123 4567", "", "Skills", "Java", "PostgreSQL", "Kubernetes",
            "", "Languages", "English (Native)", "German (B2)");
    public static final List<String> MAIN = List.of(
            "Summary", "Backend engineer who builds payment systems.", "", "Experience", "Senior Software Engineer",
            "Acme Corp", "Jan 2020 - Present", "• Built the payment service", "", "Software Engineer", "Globex Inc",
            "Mar 2016 - Feb 2020", "• Maintained public APIs", "", "Education", "Bachelor of Science in Computer Science",
            "State University, 2015");

    private Fixtures() {
    }

    /**
     * Sidebar on the left, main column on the right, lines of both at the same heights, and the right column
     * drawn first, so neither drawing order nor a plain top-to-bottom sort gives the reading order.
     */
    public static byte[] twoColumnPdf() {
        return twoColumnPdf(null);
    }

    /** The two-column resume as a PDF whose information dictionary says it was created on {@code writtenOn}. */
    public static byte[] twoColumnPdf(LocalDate writtenOn) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (writtenOn != null) {
                document.getDocumentInformation().setCreationDate(GregorianCalendar.from(
                        writtenOn.atTime(9, 30).atZone(ZoneOffset.UTC)));
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                writeLines(content, font, 250, MAIN);
                writeLines(content, font, 40, SIDEBAR);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLines(PDPageContentStream content, PDType1Font font, float x, List<String> lines)
            throws IOException {
        float y = 740;
        for (String line : lines) {
            if (!line.isEmpty()) {
                content.beginText();
                content.setFont(font, 10);
                content.newLineAtOffset(x, y);
                content.showText(line.replace("•", "-"));
                content.endText();
            }
            y -= 16;
        }
    }

    /** A text PDF of many full pages: a document whose reading takes seconds (PDFBox reads each page twice). */
    public static byte[] longPdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                List<String> lines = new java.util.ArrayList<>();
                for (int line = 0; line < 45; line++) {
                    lines.add("Page " + p + ", line " + line + ": built and ran payment services in Java and PostgreSQL");
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    writeLines(content, font, 40, lines);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page that is only a picture of text, as a scanner makes it. */
    public static byte[] scannedPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 300);
            g.setColor(Color.BLACK);
            // Dark strokes where a scanner would have captured lines of text; no fonts needed on the build machine.
            for (int line = 0; line < 8; line++) {
                for (int word = 0; word < 6; word++) {
                    g.fillRect(20 + word * 90, 30 + line * 32, 70 - (line * word) % 30, 14);
                }
            }
            g.dispose();
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 20, 400, 560, 280);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                writeLines(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 40, List.of("Secret Person", "secret@example.com"));
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pass", "user-pass", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(List<String> paragraphs) {
        return docx(paragraphs, null);
    }

    /** A DOCX whose core properties say it was created and last modified on {@code writtenOn}. */
    public static byte[] docx(List<String> paragraphs, LocalDate writtenOn) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (writtenOn != null) {
                Optional<Date> day = Optional.of(Date.from(writtenOn.atTime(9, 30).toInstant(ZoneOffset.UTC)));
                document.getProperties().getCoreProperties().setCreated(day);
                document.getProperties().getCoreProperties().setModified(day);
            }
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final List<String> DOCX_RESUME = List.of(
            "Maria Garcia", "maria.garcia@example.org", "(312) 555-0199", "Profile",
            "Registered nurse focused on intensive care.", "Work Experience",
            "ICU Nurse at Mercy Hospital", "June 2018 to Present", "• Cared for 4 patients per shift",
            "Staff Nurse at City Clinic", "Jan 2015 - Dec 2018", "• Ran vaccination days", "Education",
            "Bachelor of Science in Nursing", "Loyola University, 2014", "Certifications", "BLS - American Heart Association, 2019",
            "Skills", "Patient care, Critical care, Triage");

    /** A DOCX-looking zip whose one part inflates to far more than any resume (highly compressible zeros). */
    public static byte[] zipBombDocx() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG image, to be uploaded under a .pdf name with a PDF content type. */
    public static byte[] pngPretendingToBePdf() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jsonResume() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/jsonresume-sample.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] text(String content) {
        return content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
