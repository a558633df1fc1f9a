package com.jobmatch.matching.recruiting;

import java.util.List;
import java.util.UUID;

/** {@code considered}: searchable resumes scored; {@code complete} is false when there were more than the cap. */
public record CandidateRanking(UUID jobId, List<CandidateMatch> items, int page, int size, int considered,
                               boolean complete) {
}
