package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.MatchResult;

import java.util.UUID;

/** A score ready to store: the result and which weights variant produced it. */
public record ScoredMatch(MatchResult result, String variant, UUID weightsConfigId) {
}
