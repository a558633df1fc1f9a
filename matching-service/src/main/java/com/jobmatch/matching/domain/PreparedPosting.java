package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.ExperienceRange;

/**
 * A valid posting with what is derived from it before storage: its content hash, collar, cluster fingerprint and
 * the experience it asks for (its structured range, else what its text states, see {@link PostingRequirements}).
 */
public record PreparedPosting(JobPosting posting, String contentHash, CollarClassifier.Collar collar, String clusterFingerprint,
                              ExperienceRange experience) {
}
