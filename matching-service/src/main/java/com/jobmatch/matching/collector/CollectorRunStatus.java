package com.jobmatch.matching.collector;

public enum CollectorRunStatus {
    RUNNING, SUCCEEDED, FAILED
}
