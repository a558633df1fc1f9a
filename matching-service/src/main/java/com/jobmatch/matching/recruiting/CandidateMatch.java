package com.jobmatch.matching.recruiting;

import com.jobmatch.contract.model.MatchResult;

import java.util.UUID;

/** A searchable candidate ranked for a recruiter's job, with the explanation of the score. */
public record CandidateMatch(UUID resumeId, UUID userId, String name, String headline, MatchResult match) {
}
