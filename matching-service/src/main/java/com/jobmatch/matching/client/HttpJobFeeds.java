package com.jobmatch.matching.client;

import com.jobmatch.matching.config.MatchingConfig;
import com.jobmatch.matching.collector.FeedPage;
import com.jobmatch.matching.collector.JobFeed;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The configured HTTP feed sources (jobmatch.matching.collector.sources.NAME.url), as {@link JobFeed}s. */
@ApplicationScoped
public class HttpJobFeeds {

    private static final long TIMEOUT_SECONDS = 30;

    private final List<JobFeed> feeds;

    public HttpJobFeeds(MatchingConfig config) {
        this.feeds = config.collector().sources().entrySet().stream()
                .filter(e -> e.getValue().enabled().orElse(true))
                .sorted(Map.Entry.comparingByKey())
                .<JobFeed>map(e -> new HttpJobFeed(e.getKey(), e.getValue()))
                .toList();
    }

    public List<JobFeed> all() {
        return feeds;
    }

    private static final class HttpJobFeed implements JobFeed {
        private final String name;
        private final MatchingConfig.Collector.Source source;
        private final FeedApi api;

        HttpJobFeed(String name, MatchingConfig.Collector.Source source) {
            this.name = name;
            this.source = source;
            this.api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(source.url()))
                    .connectTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).readTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .build(FeedApi.class);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public FeedPage fetch(String cursor) {
            return api.page(cursor, source.pageSize());
        }

        @Override
        public int maxPages() {
            return source.maxPages();
        }

        @Override
        public Duration minInterval() {
            return source.minInterval();
        }
    }
}
