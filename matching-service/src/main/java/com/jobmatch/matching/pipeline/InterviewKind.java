package com.jobmatch.matching.pipeline;

public enum InterviewKind {
    PHONE, VIDEO, ONSITE, TECHNICAL, PANEL
}
