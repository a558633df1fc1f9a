package com.jobmatch.e2e.sample;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Typesets the plain-text demo resume as a simple one-column PDF, the way a person would upload it. */
final class DemoResumePdf {

    private static final float MARGIN = 56;
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13.5f;

    private DemoResumePdf() {
    }

    static void write(List<String> lines, Path target) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(lines.getFirst() + " - Resume");
            float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            PDPageContentStream page = null;
            float y = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean heading = i < 2 || (!line.isBlank() && line.equals(line.toUpperCase()) && line.chars().anyMatch(Character::isLetter));
                PDType1Font font = heading ? bold : regular;
                for (String wrapped : wrap(line, font, width)) {
                    if (page == null || y < MARGIN) {
                        if (page != null) {
                            page.close();
                        }
                        PDPage next = new PDPage(PDRectangle.LETTER);
                        document.addPage(next);
                        page = new PDPageContentStream(document, next);
                        y = PDRectangle.LETTER.getHeight() - MARGIN;
                    }
                    page.beginText();
                    page.setFont(font, i == 0 ? FONT_SIZE + 6 : FONT_SIZE);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(wrapped);
                    page.endText();
                    y -= i == 0 ? LEADING + 6 : LEADING;
                }
            }
            if (page != null) {
                page.close();
            }
            document.save(target.toFile());
        }
    }

    private static List<String> wrap(String line, PDType1Font font, float width) throws IOException {
        List<String> wrapped = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                wrapped.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        wrapped.add(current.toString());
        return wrapped;
    }
}
