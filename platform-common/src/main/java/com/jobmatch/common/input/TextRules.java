package com.jobmatch.common.input;

/**
 * Which characters a text from a client may carry. PostgreSQL refuses NUL in text and jsonb (the request
 * then failed as a 500), and control characters or unpaired surrogates are never meant in a name, a query or
 * a document: all are refused at the edge with a 400 naming the field.
 */
public final class TextRules {

    public static final String INVALID_CHARACTER_MESSAGE =
            "contains a NUL byte, a control character or an unpaired surrogate, which cannot be stored";

    private TextRules() {
    }

    /** True when the text has a character we refuse; tab, line feed and carriage return are allowed. */
    public static boolean hasInvalidCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
