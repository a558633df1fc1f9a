package com.jobmatch.matching.imports;

public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
