package com.jobmatch.matching.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.matching.fetch.FetchRequest;
import com.jobmatch.matching.fetch.Fetched;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One run of one configured source, as its adapter sees it: the settings, the credential (if any), requests sent with
 * the source's headers through {@link SourceHttp}, and a small memory for the run (e.g. a sitemap's URL list).
 */
public final class SourceContext {

    private final String name;
    private final SourcesConfig.Source config;
    private final Optional<String> credential;
    private final SourceHttp http;
    private final Map<String, Object> state = new HashMap<>();

    public SourceContext(String name, SourcesConfig.Source config, Optional<String> credential, SourceHttp http) {
        this.name = name;
        this.config = config;
        this.credential = credential;
        this.http = http;
    }

    public String name() {
        return name;
    }

    public SourcesConfig.Source config() {
        return config;
    }

    /** The board setting, required by the board adapters. */
    public String board() {
        return config.board().filter(b -> !b.isBlank()).map(String::strip)
                .orElseThrow(() -> new SourceProblem.Refused("source " + name + " has no 'board' configured"));
    }

    /** The run's memory, for what an adapter reads once per run. */
    @SuppressWarnings("unchecked")
    public <T> T remember(String key, java.util.function.Supplier<T> compute) {
        return (T) state.computeIfAbsent(key, k -> compute.get());
    }

    /** {@code base + path} with the source's filters and the given parameters as the query (both URL-encoded). */
    public URI uri(String defaultBase, String path, Map<String, ?> parameters) {
        String base = config.url().filter(u -> !u.isBlank()).orElse(defaultBase).strip();
        Map<String, Object> query = new LinkedHashMap<>(config.filters());
        query.putAll(parameters);
        StringJoiner q = new StringJoiner("&");
        query.forEach((k, v) -> q.add(encode(k) + "=" + encode(String.valueOf(v))));
        String joined = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
        return URI.create(query.isEmpty() ? joined : joined + (joined.contains("?") ? "&" : "?") + q);
    }

    /** A path segment, URL-encoded (board tokens come from configuration, never from a person's input, but still). */
    public static String segment(String value) {
        return encode(value).replace("+", "%20");
    }

    public JsonNode json(URI uri) {
        return http.json(name, new FetchRequest(uri, FetchRequest.JSON, headers()));
    }

    public Fetched fetch(URI uri, Set<String> acceptedTypes) {
        return http.get(name, new FetchRequest(uri, acceptedTypes, headers()));
    }

    /** The configured headers and the API key; the fetcher sends them to the URL's own origin only. */
    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>(config.headers());
        credential.ifPresent(key -> headers.put(config.apiKeyHeader().toLowerCase(Locale.ROOT), key));
        return headers;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
