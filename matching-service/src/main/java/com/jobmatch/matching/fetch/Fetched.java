package com.jobmatch.matching.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * An answer: its status, the URL it finally came from (after redirects), its media type, body and the headers a caller
 * may need (lower-case names: retry-after, rate-limit counters). A non-2xx status is an answer too; the body of an
 * answer whose type the caller did not accept is empty.
 */
public record Fetched(int status, URI finalUri, String mediaType, String body, Map<String, String> headers) {

    public Fetched {
        headers = Map.copyOf(headers);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    static String decode(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }
}
