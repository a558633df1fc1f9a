package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;

/**
 * Everything one score depends on. {@code semanticSimilarity} is the cosine of the two embeddings (null when
 * no embedding is available); {@code preferences} may be null when the person has stated none. {@code occupation}
 * is the job's stored reading ({@link PostingOccupation}, what the posting is about, read once per version of its
 * text); null when the caller has none, and then it is read from what the profile carries, without an embedding.
 * {@code candidateEmbedding} is the resume's (its statements' centroid, as a posting's), null when unknown: it says which
 * work a role title that is a word alone ("Developer", "Analyst") is ({@link CategoryCriterion}).
 */
public record ScoringInput(CandidateProfile candidate, JobProfile job, CandidatePreferences preferences,
                           Double semanticSimilarity, PersonalizationSignals personalization,
                           PostingOccupation occupation, float[] candidateEmbedding) {

    public ScoringInput {
        personalization = personalization == null ? PersonalizationSignals.NONE : personalization;
        preferences = preferences == null ? candidate.preferences() : preferences;
        occupation = occupation == null ? PostingOccupation.read(job, null) : occupation;
    }

    /** Without the resume's embedding. */
    public ScoringInput(CandidateProfile candidate, JobProfile job, CandidatePreferences preferences,
                        Double semanticSimilarity, PersonalizationSignals personalization, PostingOccupation occupation) {
        this(candidate, job, preferences, semanticSimilarity, personalization, occupation, null);
    }

    /** Without a stored reading of the job's occupation. */
    public ScoringInput(CandidateProfile candidate, JobProfile job, CandidatePreferences preferences,
                        Double semanticSimilarity, PersonalizationSignals personalization) {
        this(candidate, job, preferences, semanticSimilarity, personalization, null, null);
    }

    ScoringInput withCandidate(CandidateProfile changed) {
        return new ScoringInput(changed, job, preferences, semanticSimilarity, personalization, occupation,
                candidateEmbedding);
    }
}
