package com.jobmatch.common.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a log line (or a queue's last_error) may say about a failure: the exception's class and a sanitised message,
 * and the same for its root cause. Exception messages of libraries quote what they choked on (Jackson the token,
 * PostgreSQL the key's value, parsers the text), which may be a document's content, an e-mail address or a token;
 * so only the first line is kept, quoted and key=value details are cut out, e-mail addresses and anything
 * token-like are masked, and the rest is bounded. Ids (UUIDs) stay: they are what an operator looks for.
 */
public final class FailureText {

    static final int MAX_MESSAGE = 160;
    private static final Pattern QUOTED = Pattern.compile(
            "\"[^\"]*\"?|'[^']*'?|`[^`]*`?|“[^”]*”?|‘[^’]*’?|«[^»]*»?|\\([^()]*\\)=\\([^()]*\\)?");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+\\S+");
    /** A JWT or any other long run of token characters (a key, a secret, base64 content). */
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_\\-+/=.~]{24,}");
    private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,29}(\\.[A-Za-z][A-Za-z0-9]{0,29})+\\.?");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private FailureText() {
    }

    /** {@code Class: sanitised message}, followed by {@code <- RootCause: sanitised message} when there is a cause. */
    public static String of(Throwable failure) {
        if (failure == null) {
            return "unknown error";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describe(failure);
        return root == failure ? text : text + " <- " + describe(root);
    }

    /** The message with content, addresses and tokens taken out (see the class comment); empty for none. */
    public static String sanitise(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        line = QUOTED.matcher(line).replaceAll("…");
        line = EMAIL.matcher(line).replaceAll("<email>");
        line = BEARER.matcher(line).replaceAll("$1 <token>");
        line = maskTokens(line);
        // Control characters (a NUL from a document) would break the log line or the column.
        line = line.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "…";
    }

    private static String describe(Throwable failure) {
        String message = sanitise(failure.getMessage());
        String name = failure.getClass().getSimpleName().isEmpty() ? failure.getClass().getName()
                : failure.getClass().getSimpleName();
        return message.isEmpty() ? name : name + ": " + message;
    }

    private static String maskTokens(String line) {
        Matcher matcher = TOKEN_LIKE.matcher(line);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String run = matcher.group();
            matcher.appendReplacement(masked, Matcher.quoteReplacement(keepIds(run)));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    /**
     * A run made of UUIDs (and separators) is an id, and a dotted name with short parts (a class, a host, a table) is
     * a name: both kept. Anything else that long is masked (a JWT's parts are long, its signature hundreds of chars).
     */
    private static String keepIds(String run) {
        String rest = UUID.matcher(run).replaceAll("");
        if (rest.replaceAll("[\\-_./=~+]", "").isEmpty() || DOTTED_NAME.matcher(run).matches()) {
            return run;
        }
        return "<token>";
    }
}
