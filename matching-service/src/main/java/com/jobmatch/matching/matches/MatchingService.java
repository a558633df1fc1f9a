package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.matching.client.UserPreferencesClient;
import com.jobmatch.matching.config.RankingConfig;
import com.jobmatch.matching.interactions.PersonalizationStore;
import com.jobmatch.matching.knowledge.KnowledgeStore;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.scoring.CollarWeightsConfig;
import com.jobmatch.matching.scoring.CollarWeightsStore;
import com.jobmatch.matching.scoring.EmbeddingCentre;
import com.jobmatch.matching.scoring.MatchScorer;
import com.jobmatch.matching.scoring.PersonalizationSignals;
import com.jobmatch.matching.scoring.ScoringInput;
import com.jobmatch.matching.scoring.ScoringPolicy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Matching of one resume: retrieve the nearest jobs that pass the person's hard filters, score each with the
 * weights of its collar (the person's A/B variant), store the ranking; or explain one job in full.
 */
@ApplicationScoped
public class MatchingService {

    private final UserPreferencesClient preferences;
    private final CandidateEmbeddings embeddings;
    private final RetrievalStore retrieval;
    private final JobProfileStore jobs;
    private final KnowledgeStore knowledge;
    private final PersonalizationStore personalization;
    private final EmbeddingCentreStore centres;
    private final CollarWeightsStore weights;
    private final MatchStore matches;
    private final MatchReachStore reaches;
    private final RankingConfig config;
    private volatile MatchScorer sharedScorer;

    public MatchingService(UserPreferencesClient preferences, CandidateEmbeddings embeddings, RetrievalStore retrieval,
                           JobProfileStore jobs, KnowledgeStore knowledge, PersonalizationStore personalization,
                           EmbeddingCentreStore centres, CollarWeightsStore weights, MatchStore matches,
                           MatchReachStore reaches, RankingConfig config) {
        this.preferences = preferences;
        this.embeddings = embeddings;
        this.retrieval = retrieval;
        this.jobs = jobs;
        this.knowledge = knowledge;
        this.personalization = personalization;
        this.centres = centres;
        this.weights = weights;
        this.matches = matches;
        this.reaches = reaches;
        this.config = config;
    }

    /** Ranks and stores the jobs for one resume, best first: the {@code candidates} nearest jobs. */
    public List<ScoredMatch> rank(CandidateProfile candidate) {
        return rank(candidate, config.retrieval().candidates());
    }

    /** Ranks and stores the {@code depth} nearest jobs (at least the configured candidates) for one resume. */
    public List<ScoredMatch> rank(CandidateProfile candidate, int depth) {
        int limit = Math.max(depth, config.retrieval().candidates());
        CandidatePreferences wanted = preferencesOf(candidate);
        Optional<float[]> embedding = embeddings.of(candidate);
        Scoring scoring = new Scoring(candidate, wanted, embedding.orElse(null));
        HardFilters filters = scoring.filters;
        Map<UUID, Double> similarity = new HashMap<>();
        Collection<JobProfile> retrieved;
        float[] direction = null;
        Double reach = null;
        if (embedding.isPresent()) {
            EmbeddingCentre centre = centres.current();
            var found = retrieval.nearest(embedding.get(), filters, limit).jobs();
            found.forEach(r -> similarity.put(r.jobId(), r.similarity()));
            retrieved = found.stream().map(RetrievalStore.Retrieved::job).toList();
            direction = centre.direction(embedding.get());
            // A full ranking reaches as far as its farthest job; one that is not full takes any new job.
            reach = found.size() >= limit ? found.getLast().similarity() : null;
        } else {
            retrieved = jobs.load(retrieval.newest(filters, limit)).values();
        }
        List<ScoredMatch> ranked = retrieved.stream()
                // A ranking reads neither its jobs' descriptions nor their embeddings (most of the bytes of a hundred
                // jobs): each job's occupation was read from both once, and is stored with it, as its explanation reads it.
                .map(job -> scoring.grade(job, similarity.get(job.jobId())))
                .sorted(Comparator.comparing(ScoredMatch::belowKnown)
                        .thenComparing(Comparator.comparingDouble((ScoredMatch s) -> s.result().overallScore()).reversed())
                        .thenComparing(s -> s.result().jobId()))
                .toList();
        int threshold = wanted != null && wanted.minMatchScore() != null ? wanted.minMatchScore()
                : config.notifications().defaultThreshold();
        // Saved and applied jobs stay on the person's list whatever the ranking retrieves: scored again with it, so
        // that a new resume version or new preferences reach them too.
        Set<UUID> rankedJobs = ranked.stream().map(s -> s.result().jobId()).collect(Collectors.toSet());
        List<UUID> keptOutside = matches.keptJobs(candidate.resumeId()).stream().filter(id -> !rankedJobs.contains(id))
                .toList();
        List<ScoredMatch> kept = keptOutside.isEmpty() ? List.of() : jobs.load(keptOutside).values().stream()
                .map(job -> scoring.grade(job, embedding.flatMap(vector -> retrieval.similarity(job.jobId(), vector))
                        .orElse(null)))
                .toList();
        matches.replace(candidate.userId(), candidate.resumeId(), ranked, kept, threshold,
                config.deepAnalysis().enabled() ? config.deepAnalysis().minSemanticScore() : Double.MAX_VALUE,
                config.deepAnalysis().topMatches());
        reaches.remember(candidate.userId(), candidate.resumeId(), direction, reach);
        return ranked;
    }

    /** The full score of one job for one resume, with counterfactual improvements; stored as its explanation. */
    public Optional<ScoredMatch> explain(CandidateProfile candidate, UUID jobId) {
        Optional<ScoredMatch> scored = score(candidate, jobId);
        scored.ifPresent(matches::saveExplanation);
        return scored;
    }

    private Optional<ScoredMatch> score(CandidateProfile candidate, UUID jobId) {
        return jobs.find(jobId).map(job -> score(candidate, job));
    }

    /**
     * The full score of one job for one resume, as {@link #explain} gives it, without storing it; on the same stored
     * reading of the job's occupation as a ranking ({@link JobProfileStore#occupationOf}).
     */
    public ScoredMatch score(CandidateProfile candidate, JobProfile job) {
        Optional<float[]> embedding = embeddings.of(candidate);
        Double similarity = embedding.flatMap(vector -> retrieval.similarity(job.jobId(), vector)).orElse(null);
        return new Scoring(candidate, preferencesOf(candidate), embedding.orElse(null)).score(job, similarity);
    }

    /**
     * The recruiter's direction: one job scored for each candidate, best first. Candidates' statements are
     * embedded in batches and compared with the job's stored embedding; without either, semantic similarity is
     * left out. The ranks in [{@code explainFrom}, {@code explainFrom + explainCount}) (the page a recruiter sees)
     * are scored in full, with what would raise each candidate's score.
     */
    public List<ScoredMatch> rankCandidates(JobProfile job, List<CandidateProfile> candidates, int explainFrom,
                                            int explainCount) {
        Optional<float[]> jobVector = retrieval.embeddingOf(job.jobId());
        // Each resume's embedding says which work its word-alone titles are, with or without the job's.
        Map<UUID, float[]> vectors = embeddings.of(candidates);
        EmbeddingCentre centre = centres.current();
        Map<UUID, Double> similarity = new HashMap<>();
        Map<UUID, Scoring> scorings = new HashMap<>();
        List<ScoredMatch> scored = new ArrayList<>(candidates.size());
        for (CandidateProfile candidate : candidates) {
            float[] vector = vectors.get(candidate.resumeId());
            similarity.put(candidate.resumeId(), vector == null || jobVector.isEmpty() ? null
                    : centre.similarity(jobVector.get(), vector));
            Scoring scoring = new Scoring(candidate, candidate.preferences(), vector);
            scorings.put(candidate.resumeId(), scoring);
            scored.add(scoring.grade(job, similarity.get(candidate.resumeId())));
        }
        scored.sort(Comparator.comparingDouble((ScoredMatch s) -> s.result().overallScore()).reversed()
                .thenComparing(s -> s.result().resumeId()));
        for (int rank = explainFrom; rank < Math.min(scored.size(), explainFrom + explainCount); rank++) {
            UUID resumeId = scored.get(rank).result().resumeId();
            scored.set(rank, scorings.get(resumeId).score(job, similarity.get(resumeId)));
        }
        return scored;
    }

    /**
     * One scorer per knowledge snapshot rather than per request: it keeps what each job in memory asks for, in
     * compared form, until the snapshot is re-read.
     */
    private MatchScorer scorer() {
        MatchingKnowledge known = knowledge.current();
        ScoringPolicy policy = config.scoring().policy();
        MatchScorer current = sharedScorer;
        if (current == null || !current.uses(known, policy)) {
            current = new MatchScorer(known, policy);
            sharedScorer = current;
        }
        return current;
    }

    private CandidatePreferences preferencesOf(CandidateProfile candidate) {
        return preferences.preferences(candidate.userId()).orElse(candidate.preferences());
    }

    /** One candidate's scoring context: knowledge, taste and the weights assigned per collar, read once. */
    private final class Scoring {
        private final CandidateProfile candidate;
        private final CandidatePreferences wanted;
        /** The resume's embedding, null when unknown. */
        private final float[] embedding;
        private final MatchScorer scorer;
        private final PersonalizationSignals signals;
        private final HardFilters filters;
        private final Map<CollarType, CollarWeightsConfig> weightsByCollar = new EnumMap<>(CollarType.class);

        Scoring(CandidateProfile candidate, CandidatePreferences wanted, float[] embedding) {
            this.candidate = candidate;
            this.wanted = wanted;
            this.embedding = embedding;
            this.filters = HardFilters.of(candidate.userId(), wanted);
            this.scorer = scorer();
            this.signals = personalization.signals(candidate.userId());
        }

        /** The score a ranking needs, on the job's stored occupation reading (from memory, with its profile). */
        ScoredMatch grade(JobProfile job, Double cosine) {
            CollarWeightsConfig assigned = weightsFor(job);
            MatchResult result = scorer.grade(input(job, cosine), assigned.weights());
            return scored(job, result, assigned);
        }

        /** The full score, with what would raise it, on the same reading. */
        ScoredMatch score(JobProfile job, Double cosine) {
            CollarWeightsConfig assigned = weightsFor(job);
            MatchResult result = scorer.score(input(job, cosine), assigned.weights());
            return scored(job, result, assigned);
        }

        private ScoringInput input(JobProfile job, Double cosine) {
            return new ScoringInput(candidate, job, wanted, cosine, signals, jobs.occupationOf(job), embedding);
        }

        private ScoredMatch scored(JobProfile job, MatchResult result, CollarWeightsConfig assigned) {
            List<String> unstated = filters.unstatedIn(job);
            return new ScoredMatch(result, assigned.variant, assigned.id, unstated,
                    !unstated.isEmpty() && filters.ranksUnknownBelow());
        }

        private CollarWeightsConfig weightsFor(JobProfile job) {
            CollarType collar = job.collarType() != null ? job.collarType()
                    : candidate.collarType() != null ? candidate.collarType() : CollarType.WHITE;
            return weightsByCollar.computeIfAbsent(collar, c -> weights.assigned(c, candidate.userId()));
        }
    }
}
