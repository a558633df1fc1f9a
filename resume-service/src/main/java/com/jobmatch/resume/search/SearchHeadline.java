package com.jobmatch.resume.search;

/**
 * A search headline as safe HTML: PostgreSQL marks the matched words with two private-use characters (not
 * {@code <b>}, which could not be told apart from markup in the resume itself), the whole text is HTML-escaped,
 * and only then are the marks turned into {@code <b>}/{@code </b>}. A resume saying
 * {@code <img src=x onerror=alert(1)>} comes back as text, never as markup (issue 21).
 */
public final class SearchHeadline {

    /** Passed to ts_headline as StartSel and StopSel. */
    static final char START = '\uE000';
    static final char STOP = '\uE001';

    private SearchHeadline() {
    }

    public static String toSafeHtml(String marked) {
        if (marked == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(marked.length() + 16);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case START -> html.append("<b>");
                case STOP -> html.append("</b>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
