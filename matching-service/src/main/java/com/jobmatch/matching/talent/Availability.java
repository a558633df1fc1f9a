package com.jobmatch.matching.talent;

public enum Availability {
    IMMEDIATE, TWO_WEEKS, ONE_MONTH, LATER, UNAVAILABLE
}
