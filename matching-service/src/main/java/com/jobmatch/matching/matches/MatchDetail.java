package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.MatchResult;

import java.util.List;

/**
 * The score of one job for one resume with its full explanation, the weights variant used, and the deep
 * analysis when there is one ({@code analysisStatus} says why not otherwise). {@code unstatedFilters} names the
 * person's filtered fields the job does not state, so the filters could not be checked. {@code fitChance} (0-1) is the
 * share of labelled matches with such a score that recruiters judged a fit ({@code scoring.FitChance}).
 */
public record MatchDetail(MatchResult match, Double fitChance, String weightsVariant, List<String> unstatedFilters, Double llmScore,
                          String llmReasoning, String analysisStatus) {
}
