package com.jobmatch.matching.imports;

import com.jobmatch.matching.catalogue.JobPosting;

/** One row of an import file: a posting to validate, or the reason it could not even be read. */
public record ParsedRow(int rowNumber, JobPosting posting, String rejection) {

    public static ParsedRow of(int rowNumber, JobPosting posting) {
        return new ParsedRow(rowNumber, posting, null);
    }

    public static ParsedRow unreadable(int rowNumber, String reason) {
        return new ParsedRow(rowNumber, null, reason);
    }
}
