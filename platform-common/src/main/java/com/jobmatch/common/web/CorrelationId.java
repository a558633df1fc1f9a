package com.jobmatch.common.web;

/** The header that ties one user request to the log lines of every service it touched. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private CorrelationId() {
    }

    /** Accept a caller's id only if it is short and plain, so it cannot forge log lines. */
    static boolean isAcceptable(String value) {
        return value != null && !value.isEmpty() && value.length() <= 64 && value.matches("[A-Za-z0-9._-]+");
    }
}
