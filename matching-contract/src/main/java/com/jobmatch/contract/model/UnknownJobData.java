package com.jobmatch.contract.model;

/**
 * What a person's hard filters do with a job that does not state the filtered field (no employment type, work
 * arrangement, place or sponsorship answer): most postings leave something out, so excluding them by default would
 * hide good jobs, and counting them as passing would hide that the filter could not be checked.
 */
public enum UnknownJobData {
    /** Shown, after every job known to pass, each flagged with the fields it leaves out (the default). */
    RANK_BELOW,
    /** Left out, as if it failed the filter. */
    EXCLUDE,
    /** Ranked among the others, still flagged. */
    INCLUDE
}
