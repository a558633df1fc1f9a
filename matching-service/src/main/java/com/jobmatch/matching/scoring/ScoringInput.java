package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;

/**
 * Everything one score depends on. {@code semanticSimilarity} is the cosine of the two embeddings (null when
 * no embedding is available); {@code preferences} may be null when the person has stated none. {@code jobEmbedding}
 * is the job's stored embedding, null when unknown: a posting that names no occupation is taken for the one its
 * embedding is nearest to ({@link NearestOccupation}).
 */
public record ScoringInput(CandidateProfile candidate, JobProfile job, CandidatePreferences preferences,
                           Double semanticSimilarity, PersonalizationSignals personalization, float[] jobEmbedding) {

    public ScoringInput {
        personalization = personalization == null ? PersonalizationSignals.NONE : personalization;
        preferences = preferences == null ? candidate.preferences() : preferences;
    }

    /** Without the job's embedding. */
    public ScoringInput(CandidateProfile candidate, JobProfile job, CandidatePreferences preferences,
                        Double semanticSimilarity, PersonalizationSignals personalization) {
        this(candidate, job, preferences, semanticSimilarity, personalization, null);
    }

    ScoringInput withCandidate(CandidateProfile changed) {
        return new ScoringInput(changed, job, preferences, semanticSimilarity, personalization, jobEmbedding);
    }
}
