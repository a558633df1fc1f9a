package com.jobmatch.resume.files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Text of a PDF in reading order. PDFBox sorts text by position, which reads a single column well but
 * interleaves the lines of side-by-side columns; so each page is first checked for a vertical gutter (a strip
 * no text crosses) and, when it has one, the left column is read before the right.
 */
final class PdfText {

    /** A gutter must be at least this wide (points) and lie in the middle 60% of the page. */
    private static final float MIN_GUTTER = 12f;
    /** Both sides of a gutter must carry at least this share of the page's text for it to count as columns. */
    private static final double MIN_SIDE_SHARE = 0.15;

    private PdfText() {
    }

    static TextExtractor.Extracted extract(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new TextExtractor.Extracted(text(document), writtenOn(document.getDocumentInformation()));
        }
    }

    /** The day the document was last written, when its information dictionary holds a creation or modification date. */
    private static Optional<LocalDate> writtenOn(PDDocumentInformation information) {
        return TextExtractor.writtenOn(timeOf(information.getCreationDate()), timeOf(information.getModificationDate()));
    }

    private static Date timeOf(Calendar calendar) {
        return calendar == null ? null : calendar.getTime();
    }

    private static String text(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                // Reading was given up (it took too long): stop instead of finishing work nobody waits for.
                throw new InterruptedIOException("reading the PDF was stopped at page " + (i + 1));
            }
            PDPage page = document.getPage(i);
            Float gutter = gutter(document, i + 1, page.getMediaBox());
            text.append(gutter == null ? whole(document, i + 1) : columns(page, gutter)).append('\n');
        }
        return text.toString();
    }

    private static String whole(PDDocument document, int pageNumber) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(document);
    }

    private static String columns(PDPage page, float gutter) throws IOException {
        PDRectangle box = page.getMediaBox();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        stripper.addRegion("left", new Rectangle2D.Float(0, 0, gutter, box.getHeight()));
        stripper.addRegion("right", new Rectangle2D.Float(gutter, 0, box.getWidth() - gutter, box.getHeight()));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("left") + "\n" + stripper.getTextForRegion("right");
    }

    /** The x of the widest text-free vertical strip between two well-filled columns, or null for one column. */
    private static Float gutter(PDDocument document, int pageNumber, PDRectangle box) throws IOException {
        List<float[]> spans = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty() && !text.isBlank()) {
                    TextPosition first = positions.getFirst();
                    TextPosition last = positions.getLast();
                    spans.add(new float[] {first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), text.length()});
                }
            }
        };
        collector.setSortByPosition(true);
        collector.setStartPage(pageNumber);
        collector.setEndPage(pageNumber);
        collector.getText(document);
        int width = (int) Math.ceil(box.getWidth());
        if (spans.size() < 6 || width <= 0) {
            return null;
        }
        boolean[] covered = new boolean[width + 1];
        for (float[] span : spans) {
            for (int x = Math.max(0, (int) span[0]); x <= Math.min(width, (int) Math.ceil(span[1])); x++) {
                covered[x] = true;
            }
        }
        int bestStart = -1;
        int bestLength = 0;
        int runStart = -1;
        for (int x = (int) (width * 0.2); x <= (int) (width * 0.8); x++) {
            if (!covered[x]) {
                runStart = runStart < 0 ? x : runStart;
                if (x - runStart + 1 > bestLength) {
                    bestLength = x - runStart + 1;
                    bestStart = runStart;
                }
            } else {
                runStart = -1;
            }
        }
        if (bestLength < MIN_GUTTER) {
            return null;
        }
        float middle = bestStart + bestLength / 2f;
        double total = spans.stream().mapToDouble(s -> s[2]).sum();
        double left = spans.stream().filter(s -> s[1] <= middle).mapToDouble(s -> s[2]).sum();
        double share = left / total;
        return share >= MIN_SIDE_SHARE && share <= 1 - MIN_SIDE_SHARE ? middle : null;
    }
}
