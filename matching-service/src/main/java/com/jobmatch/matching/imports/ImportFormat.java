package com.jobmatch.matching.imports;

/** How postings reach the catalogue: a bulk import in one of three formats, or a collector feed. */
public enum ImportFormat {
    JSON, JSON_LD, CSV, FEED
}
