package com.jobmatch.matching.sources;

import java.time.Duration;
import java.util.Map;

/** A configured source: never its key, only the name of the variable that holds it and whether that is set. */
public record SourceView(String name, String kind, String board, String url, Duration every, int maxPages,
                         boolean enabled, String apiKeyEnv, Boolean apiKeySet, Map<String, String> filters,
                         SourceRunView lastRun, SourceStore.Totals totals) {
}
