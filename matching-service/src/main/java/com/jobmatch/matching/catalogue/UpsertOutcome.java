package com.jobmatch.matching.catalogue;

/** What storing a posting did: created the job, changed it, or found it identical. */
public enum UpsertOutcome {
    NEW, UPDATED, UNCHANGED
}
