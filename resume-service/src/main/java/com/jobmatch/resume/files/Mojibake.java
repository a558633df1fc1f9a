package com.jobmatch.resume.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Text whose UTF-8 bytes were read one byte per character as Windows-1252 somewhere before us ("mojibake"), as many
 * resume-builder PDFs carry their text layer: "Company Name ï¼ City , State" (a full-width separator), "whileÂ
 * adhering" (a no-break space, its second byte often given as a plain space), "Ã©" for "é". Each such run is decoded
 * back into the character it was; a character that shows nothing (a C1 control) is dropped. A byte Windows-1252
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) comes out of those PDFs as a zero-width space: the character is then
 * one of five, dropped when all five show nothing, else U+FFFD, the character that could not be read, never a guess.
 * Repaired characters are taken in their compatibility form (NFKC), so a full-width "｜" is the "|" every reader of the
 * text knows.
 * <p>
 * Written here: the library for this (Python's ftfy) has no Java counterpart on Maven Central; ICU and the charset
 * detectors guess a whole file's encoding, not a wrong decoding inside a text.
 */
final class Mojibake {

    /** What a PDF gives for a byte Windows-1252 does not define. */
    private static final char LOST_BYTE = '\u200B';
    private static final byte[] UNDEFINED_IN_CP1252 = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D};
    private static final String UNREADABLE = "\uFFFD";
    /** The characters Windows-1252 shows for the bytes 0x80-0xBF, UTF-8's continuation bytes, and those bytes. */
    private static final Map<Character, Byte> CONTINUATION = continuationBytes();

    private Mojibake() {
    }

    static String repaired(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            int length = sequenceLength(text.charAt(i));
            if (length == 0 || i + length > text.length()) {
                continue;
            }
            String replacement = decoded(text, i, length);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(replacement);
            copied = i + length;
            i = copied - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** How many bytes a UTF-8 sequence starting with this lead byte (as Windows-1252 shows it) has; 0 if not a lead. */
    private static int sequenceLength(char c) {
        if (c >= '\u00C2' && c <= '\u00DF') {
            return 2;
        }
        if (c >= '\u00E0' && c <= '\u00EF') {
            return 3;
        }
        return c >= '\u00F0' && c <= '\u00F4' ? 4 : 0;
    }

    /** The character the run at {@code start} stood for, or null when it is no UTF-8 sequence seen as Windows-1252. */
    private static String decoded(String text, int start, int length) {
        byte[] bytes = new byte[length];
        bytes[0] = (byte) text.charAt(start);
        int lost = -1;
        for (int k = 1; k < length; k++) {
            char c = text.charAt(start + k);
            if (c == LOST_BYTE && lost < 0) {
                lost = k;
                continue;
            }
            // A no-break space (C2 A0) often comes out of a PDF as a plain space: "certified.Â  Proven".
            byte b = c == ' ' && bytes[0] == (byte) 0xC2 ? (byte) 0xA0 : asCp1252(c);
            if ((b & 0xC0) != 0x80) {
                return null;
            }
            bytes[k] = b;
        }
        if (lost < 0) {
            String character = utf8(bytes);
            if (character == null) {
                return null;
            }
            return invisible(character) ? "" : Normalizer.normalize(character, Normalizer.Form.NFKC);
        }
        Set<String> candidates = new HashSet<>();
        for (byte undefined : UNDEFINED_IN_CP1252) {
            bytes[lost] = undefined;
            String character = utf8(bytes);
            if (character != null) {
                candidates.add(character);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        return candidates.stream().allMatch(Mojibake::invisible) ? "" : UNREADABLE;
    }

    private static boolean invisible(String character) {
        int type = Character.getType(character.codePointAt(0));
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    /** The continuation byte Windows-1252 shows as this character, or 0 when it shows none as it. */
    private static byte asCp1252(char c) {
        return CONTINUATION.getOrDefault(c, (byte) 0);
    }

    private static Map<Character, Byte> continuationBytes() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Byte> bytes = new HashMap<>();
        for (int b = 0x80; b <= 0xBF; b++) {
            String shown = new String(new byte[] {(byte) b}, cp1252);
            if (!shown.equals(UNREADABLE)) {
                bytes.put(shown.charAt(0), (byte) b);
            }
        }
        return Map.copyOf(bytes);
    }

    /** The bytes as exactly one UTF-8 character, or null. */
    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String decoded = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.codePointCount(0, decoded.length()) == 1 ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
