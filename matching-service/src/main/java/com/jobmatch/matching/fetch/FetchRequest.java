package com.jobmatch.matching.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * One GET: the URL, the media types the caller can read (anything else is refused), and headers that go only to the
 * URL's own origin, never to another host a redirect leads to (an API key stays with the API it belongs to).
 */
public record FetchRequest(URI uri, Set<String> acceptedTypes, Map<String, String> originHeaders) {

    public static final Set<String> JSON = Set.of("application/json", "+json");
    public static final Set<String> PAGE = Set.of("text/html", "application/xhtml+xml", "text/plain", "application/ld+json",
            "application/json");
    public static final Set<String> XML = Set.of("application/xml", "text/xml", "+xml");

    public FetchRequest {
        acceptedTypes = Set.copyOf(acceptedTypes);
        originHeaders = originHeaders == null ? Map.of() : Map.copyOf(originHeaders);
    }

    public static FetchRequest of(URI uri, Set<String> acceptedTypes) {
        return new FetchRequest(uri, acceptedTypes, Map.of());
    }

    /** True when the Content-Type's media type (without parameters) is one of the accepted ones. */
    boolean accepts(String mediaType) {
        return acceptedTypes.contains(mediaType)
                || acceptedTypes.stream().anyMatch(t -> t.startsWith("+") && mediaType.endsWith(t));
    }
}
