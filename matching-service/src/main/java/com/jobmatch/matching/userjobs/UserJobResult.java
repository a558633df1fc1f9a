package com.jobmatch.matching.userjobs;

import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.matching.matches.MatchDetail;

/**
 * The answer to a brought posting: the job, and when a resume was named, its score with the full explanation (sub-scores,
 * evidence, gaps, knock-outs and the improvements that would raise it) and ai-service's deep analysis of the pair
 * ({@code analysisStatus} DONE, DETERMINISTIC or UNAVAILABLE, or PENDING while the job is not enriched yet).
 */
public record UserJobResult(UserJobView job, MatchDetail match, JobMatchAnalysis analysis, String analysisStatus) {
}
