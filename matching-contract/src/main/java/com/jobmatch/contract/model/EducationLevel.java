package com.jobmatch.contract.model;

/** Ordered from lowest to highest so that levels can be compared by ordinal. */
public enum EducationLevel {
    NONE, HIGH_SCHOOL, VOCATIONAL, ASSOCIATE, BACHELOR, MASTER, DOCTORATE;

    public boolean atLeast(EducationLevel other) {
        return other == null || compareTo(other) >= 0;
    }
}
