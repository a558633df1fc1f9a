package com.jobmatch.matching.fetch;

/** The remote end could not be reached or broke off (connection refused, reset, unknown host): may work later. */
public class FetchFailed extends RuntimeException {

    public FetchFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
