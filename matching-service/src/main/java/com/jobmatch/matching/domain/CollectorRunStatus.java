package com.jobmatch.matching.domain;

public enum CollectorRunStatus {
    RUNNING, SUCCEEDED, FAILED
}
