package com.jobmatch.matching.catalogue;

/** A valid posting with what is derived from it before storage: its content hash, collar and cluster fingerprint. */
public record PreparedPosting(JobPosting posting, String contentHash, CollarClassifier.Collar collar, String clusterFingerprint) {
}
