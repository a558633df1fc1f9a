package com.jobmatch.matching.sources;

public enum SourceRunStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
