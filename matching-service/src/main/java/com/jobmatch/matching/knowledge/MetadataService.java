package com.jobmatch.matching.knowledge;

import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.matching.client.ResumeClient;
import com.jobmatch.matching.config.MatchingConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Recomputes the learned reference data: skill frequencies and skill similarity from the job catalogue, and the
 * category transition matrix from careers in searchable resumes. If resume-service cannot be read completely,
 * the previous matrix stays (a partial sample would skew it).
 */
@ApplicationScoped
public class MetadataService {

    /** What a recompute changed; {@code categoryEdges} is null when resume-service was unavailable. */
    public record Recomputation(int skillFrequenciesChanged, int similarityPairs, Integer categoryEdges, int careersRead) {
    }

    private final MetadataStore store;
    private final ResumeClient resumes;
    private final MatchingConfig.Metadata config;

    public MetadataService(MetadataStore store, ResumeClient resumes, MatchingConfig config) {
        this.store = store;
        this.resumes = resumes;
        this.config = config.metadata();
    }

    @Scheduled(every = "${jobmatch.schedule.metadata:6h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        recompute();
    }

    public Recomputation recompute() {
        int[] skills = QuarkusTransaction.requiringNew().call(() ->
                new int[] {store.recomputeFrequencies(), store.recomputeSkillSimilarity(config.minSupport())});
        CategoryTransitions transitions = new CategoryTransitions();
        int careers = 0;
        boolean complete = true;
        for (int page = 0; ; page++) {
            // Careers are learnt from resumes their owners let every organization see, none shown to selected ones only.
            Optional<Page<CandidateProfile>> fetched = resumes.searchable(page, config.resumePageSize(), null);
            if (fetched.isEmpty()) {
                complete = false;
                break;
            }
            fetched.get().items().forEach(transitions::addCareer);
            careers += fetched.get().items().size();
            if (fetched.get().items().isEmpty() || (long) (page + 1) * config.resumePageSize() >= fetched.get().total()) {
                break;
            }
        }
        Integer edges = null;
        if (complete) {
            List<CategoryCompatibility> matrix = transitions.matrix(config.minSampleSize());
            QuarkusTransaction.requiringNew().run(() -> store.replaceCategoryCompatibility(matrix));
            edges = matrix.size();
        }
        return new Recomputation(skills[0], skills[1], edges, careers);
    }
}
