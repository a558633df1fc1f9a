package com.jobmatch.matching.fetch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of every outbound fetch of a URL (job sources, pages people bring), prefix {@code jobmatch.fetch}. */
@ConfigMapping(prefix = "jobmatch.fetch")
public interface FetchConfig {

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Longest silence while waiting for the answer or between two reads of its body. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** Longest time for one request, redirects included: a server sending a byte now and then is cut off. */
    @WithDefault("PT30S")
    Duration totalTimeout();

    /** Largest body read; a larger one is refused (job-board APIs of big companies answer a few MB at most). */
    @WithDefault("8388608")
    long maxBytes();

    @WithDefault("5")
    int maxRedirects();

    @WithDefault("JobMatch-Collector/1.0 (+https://jobmatch.local/bot)")
    String userAgent();
}
