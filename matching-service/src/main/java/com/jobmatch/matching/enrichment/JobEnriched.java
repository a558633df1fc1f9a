package com.jobmatch.matching.enrichment;

import java.util.UUID;

/**
 * A job's skills and embedding were just stored: fired synchronously inside the transaction that stores them, so what
 * observers write (the recompute of the rankings the job reaches) commits with the enrichment or not at all.
 */
public record JobEnriched(UUID jobId) {
}
