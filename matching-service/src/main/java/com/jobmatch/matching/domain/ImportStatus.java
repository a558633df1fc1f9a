package com.jobmatch.matching.domain;

public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
