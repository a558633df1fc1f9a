package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;

/**
 * Everything one score depends on. {@code semanticSimilarity} is the cosine of the two embeddings (null when
 * no embedding is available); {@code preferences} may be null when the person has stated none.
 */
public record ScoringInput(CandidateProfile candidate, JobProfile job, CandidatePreferences preferences,
                           Double semanticSimilarity, PersonalizationSignals personalization) {

    public ScoringInput {
        personalization = personalization == null ? PersonalizationSignals.NONE : personalization;
        preferences = preferences == null ? candidate.preferences() : preferences;
    }

    ScoringInput withCandidate(CandidateProfile changed) {
        return new ScoringInput(changed, job, preferences, semanticSimilarity, personalization);
    }
}
