package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;

/**
 * Everything one score depends on. {@code semanticSimilarity} is the cosine of the two embeddings (null when
 * no embedding is available); {@code preferences} may be null when the person has stated none. {@code occupation}
 * is the job's stored reading ({@link PostingOccupation}, what the posting is about, read once per version of its
 * text); null when the caller has none, and then it is read from what the profile carries, without an embedding.
 */
public record ScoringInput(CandidateProfile candidate, JobProfile job, CandidatePreferences preferences,
                           Double semanticSimilarity, PersonalizationSignals personalization,
                           PostingOccupation occupation) {

    public ScoringInput {
        personalization = personalization == null ? PersonalizationSignals.NONE : personalization;
        preferences = preferences == null ? candidate.preferences() : preferences;
        occupation = occupation == null ? PostingOccupation.read(job, null) : occupation;
    }

    /** Without a stored reading of the job's occupation. */
    public ScoringInput(CandidateProfile candidate, JobProfile job, CandidatePreferences preferences,
                        Double semanticSimilarity, PersonalizationSignals personalization) {
        this(candidate, job, preferences, semanticSimilarity, personalization, null);
    }

    ScoringInput withCandidate(CandidateProfile changed) {
        return new ScoringInput(changed, job, preferences, semanticSimilarity, personalization, occupation);
    }
}
