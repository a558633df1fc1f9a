package com.jobmatch.common.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes JSON bytes through unchanged and notes whether they contain the escape backslash-u0000 (a backslash
 * that is not itself escaped, then {@code u0000}). A raw NUL byte is invalid JSON and fails parsing anyway.
 * The state machine runs once over each byte, so the cost is linear in the body size.
 */
final class NulEscapeDetectingInputStream extends FilterInputStream {

    private static final byte[] AFTER_BACKSLASH = {'u', '0', '0', '0', '0'};

    private boolean escaping;
    private int matched = -1;
    private boolean sawNulEscape;

    NulEscapeDetectingInputStream(InputStream in) {
        super(in);
    }

    boolean sawNulEscape() {
        return sawNulEscape;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(byte b) {
        if (matched >= 0) {
            if (b == AFTER_BACKSLASH[matched]) {
                matched++;
                if (matched == AFTER_BACKSLASH.length) {
                    sawNulEscape = true;
                    matched = -1;
                }
                return;
            }
            matched = -1;
        }
        if (escaping) {
            // The character after a backslash: two backslashes end the escape, a backslash and u may start a NUL.
            escaping = false;
            if (b == 'u') {
                matched = 1;
            }
            return;
        }
        if (b == '\\') {
            escaping = true;
        }
    }
}
