package com.jobmatch.matching.recruiting;

import com.jobmatch.contract.model.MatchResult;

import java.util.UUID;

/**
 * A searchable candidate ranked for a recruiter's job, with the explanation of the score. {@code name} is null
 * ({@code nameHidden}) unless the candidate applied to one of the recruiter's organization's jobs.
 */
public record CandidateMatch(UUID resumeId, UUID userId, String name, boolean nameHidden, String headline,
                             MatchResult match) {
}
