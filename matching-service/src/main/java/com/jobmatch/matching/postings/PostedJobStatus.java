package com.jobmatch.matching.postings;

/** DRAFT: only the organization sees it; PUBLISHED: in the catalogue and matched; CLOSED: kept, matched no more. */
public enum PostedJobStatus {
    DRAFT, PUBLISHED, CLOSED
}
