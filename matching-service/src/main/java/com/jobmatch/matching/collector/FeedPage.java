package com.jobmatch.matching.collector;

import com.jobmatch.matching.catalogue.JobPosting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of a feed: postings in our shape, and the cursor of the next page (null on the last one). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<JobPosting> jobs, String next) {

    public FeedPage {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }
}
