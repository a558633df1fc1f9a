package com.jobmatch.contract.model;

public enum WorkArrangement {
    REMOTE, HYBRID, ONSITE
}
