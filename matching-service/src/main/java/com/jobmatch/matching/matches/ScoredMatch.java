package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.MatchResult;

import java.util.List;
import java.util.UUID;

/**
 * A score ready to store: the result, which weights variant produced it, the person's filtered fields the job does not
 * state ({@link HardFilters#unstatedIn}), and whether that ranks it after the jobs known to pass.
 */
public record ScoredMatch(MatchResult result, String variant, UUID weightsConfigId, List<String> unstatedFilters,
                          boolean belowKnown) {

    public ScoredMatch {
        unstatedFilters = unstatedFilters == null ? List.of() : List.copyOf(unstatedFilters);
    }
}
