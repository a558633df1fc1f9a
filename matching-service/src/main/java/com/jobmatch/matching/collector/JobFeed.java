package com.jobmatch.matching.collector;

import java.time.Duration;

/** A source the collector pulls postings from, one page at a time. */
public interface JobFeed {

    String name();

    /** @param cursor null for the first page */
    FeedPage fetch(String cursor);

    int maxPages();

    /** Minimum time between two fetches from this feed. */
    Duration minInterval();
}
