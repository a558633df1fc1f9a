package com.jobmatch.matching.sources;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured job sources, by name: {@code jobmatch.sources.<name>.kind=greenhouse}, {@code .board=acme}, ...
 * Credentials are never written here: {@code api-key-env} names the environment variable that holds the key.
 */
@ConfigMapping(prefix = "jobmatch.sources")
public interface SourcesConfig {

    @WithParentName
    Map<String, Source> all();

    interface Source {
        /**
         * The adapter: {@code ats-feed} (an ATS-aggregator feed such as Active Jobs DB), {@code greenhouse},
         * {@code lever}, {@code smartrecruiters}, {@code ashby}, {@code workable}, {@code json-ld} (career page or
         * sitemap) or {@code jobmatch-feed} (a feed in this service's own posting shape).
         */
        String kind();

        /** Base URL of the API, or the page / sitemap / feed URL; the board APIs default to the provider's public host. */
        Optional<String> url();

        /** The company's board: Greenhouse board token, Lever site, SmartRecruiters company id, Ashby board, Workable account. */
        Optional<String> board();

        /** The employer's name when the API does not say it (Lever, SmartRecruiters without a company block). */
        Optional<String> company();

        /** Name of the environment variable holding the API key; the key itself is never in a file. */
        Optional<String> apiKeyEnv();

        /** Header the key is sent in (RapidAPI's by default); only ever to the API's own origin. */
        @WithDefault("x-rapidapi-key")
        String apiKeyHeader();

        /** Other headers the API wants (not secrets), e.g. {@code x-rapidapi-host}. */
        Map<String, String> headers();

        /** Query parameters passed to the API as filters, e.g. {@code location_filter=Germany} or Lever's {@code team}. */
        Map<String, String> filters();

        /** Keep only postings whose title contains one of these words (case-insensitive); empty keeps all. */
        Optional<List<String>> titleContains();

        /** How often the source is read (seed 001: hourly). */
        @WithDefault("PT1H")
        Duration every();

        @WithDefault("100")
        int pageSize();

        /** Upper bound on pages per run (seed 001: 10 pages, up to 1,000 postings an hour). */
        @WithDefault("10")
        int maxPages();

        /** Minimum time between two requests to this source (its rate limit). */
        @WithDefault("PT1S")
        Duration minInterval();

        @WithDefault("true")
        boolean enabled();
    }
}
