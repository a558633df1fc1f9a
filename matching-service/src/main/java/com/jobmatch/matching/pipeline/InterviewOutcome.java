package com.jobmatch.matching.pipeline;

public enum InterviewOutcome {
    PENDING, PASSED, FAILED, NO_SHOW, CANCELLED
}
