package com.jobmatch.matching.api;

import com.jobmatch.contract.model.MatchResult;

/**
 * The score of one job for one resume with its full explanation, the weights variant used, and the deep
 * analysis when there is one ({@code analysisStatus} says why not otherwise).
 */
public record MatchDetail(MatchResult match, String weightsVariant, Double llmScore, String llmReasoning,
                          String analysisStatus) {
}
