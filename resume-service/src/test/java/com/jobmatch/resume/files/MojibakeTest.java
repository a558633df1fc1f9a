package com.jobmatch.resume.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Resume-builder PDFs whose text layer holds UTF-8 read as Windows-1252 (the sequences below are those PDFs' own, as
 * PDFBox gives them): each run is the character it was, or U+FFFD when a byte was lost, never a guess.
 */
class MojibakeTest {

    @Test
    void aRunOfWindows1252CharactersIsTheUtf8CharacterItWas() {
        assertEquals("Résumé – café’s £5 · x", Mojibake.repaired("RÃ©sumÃ© â€“ cafÃ©â€™s Â£5 Â· x"));
    }

    @Test
    void aFullWidthCharacterIsTakenInItsCompatibilityForm() {
        // U+FF5C FULLWIDTH VERTICAL LINE, its three bytes read as Windows-1252.
        String fullWidthBar = new String("\uFF5C".getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("Company Name | City", Mojibake.repaired("Company Name " + fullWidthBar + " City"));
    }

    @Test
    void aLostByteMakesTheCharacterUnreadableOrDropsItWhenItCouldOnlyHaveBeenInvisible() {
        // EF BC and a byte Windows-1252 does not define: one of ！－／０＝, which one the PDF no longer says.
        assertEquals("Company Name \uFFFD City", Mojibake.repaired("Company Name \u00ef\u00bc\u200b City"));
        // C2 and an undefined byte: a C1 control, nothing to show.
        assertEquals("while adhering", Mojibake.repaired("while\u00c2\u200b adhering"));
        // A no-break space whose second byte the PDF gave as a plain space.
        assertEquals("certified.  Proven", Mojibake.repaired("certified.Â  Proven"));
        // C2 80 is a C1 control too, whole: dropped.
        assertEquals("2010 – 2012", Mojibake.repaired("2010 Â€– 2012"));
    }

    @Test
    void textThatIsNoMojibakeIsLeftAsItIs() {
        for (String text : new String[] {"naïve café über Ångström", "ÂGE", "ï¼", "Ã", "© 2020 Ã la carte", "\u200b"}) {
            assertEquals(text, Mojibake.repaired(text));
        }
    }
}
