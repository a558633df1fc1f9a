package com.jobmatch.matching.fetch;

/**
 * A URL the service will not fetch, or an answer it will not read: a scheme other than http(s), credentials in the
 * URL, an address that is not public, too many redirects, a body too large, too slow or of the wrong type. The
 * message says which, for the person or admin who gave the URL.
 */
public class FetchRefused extends RuntimeException {

    public FetchRefused(String message) {
        super(message);
    }
}
