package com.jobmatch.ai.domain;

import com.jobmatch.ai.client.TaxonomyClient;
import com.jobmatch.ai.config.AiConfig;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.model.TaxonomySkill;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The skills taxonomy read from matching-service, refreshed periodically. A failed refresh keeps the last good
 * copy; label embeddings go through EmbeddingService, so a restart reuses them from pgvector.
 */
@ApplicationScoped
public class TaxonomyCache {

    private final TaxonomyClient client;
    private final EmbeddingService embeddings;
    private final boolean semantic;
    private final AtomicReference<TaxonomyIndex> current = new AtomicReference<>();

    public TaxonomyCache(TaxonomyClient client, EmbeddingService embeddings, AiConfig config) {
        this.client = client;
        this.embeddings = embeddings;
        this.semantic = config.extraction().semanticEnabled();
    }

    @Scheduled(every = "${jobmatch.ai.taxonomy.refresh-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Loads the taxonomy now; returns false (keeping the previous copy) when matching-service did not answer. */
    public synchronized boolean refresh() {
        Optional<List<TaxonomySkill>> skills = client.export();
        if (skills.isEmpty() || skills.get().isEmpty()) {
            return false;
        }
        TaxonomyIndex index = build(skills.get());
        current.set(index);
        Log.infof("Skills taxonomy %s loaded: %d skills", index.version(), index.skills().size());
        return true;
    }

    /** The loaded taxonomy; 503 when it has never been loaded because matching-service is unreachable. */
    public TaxonomyIndex current() {
        return available().orElseThrow(() -> new ProblemException(503, "Service unavailable",
                "The skills taxonomy is not available yet (matching-service did not answer)", List.of()));
    }

    /** The taxonomy, loading it first if this is the first use; empty while matching-service cannot be reached. */
    public Optional<TaxonomyIndex> available() {
        if (current.get() == null) {
            refresh();
        }
        return Optional.ofNullable(current.get());
    }

    private TaxonomyIndex build(List<TaxonomySkill> skills) {
        String version = ContentHash.of(skills.toString()).substring(0, 12);
        if (!semantic) {
            return new TaxonomyIndex(version, skills, List.of());
        }
        List<TaxonomyIndex.Label> unembedded = TaxonomyIndex.unembeddedLabels(skills);
        List<float[]> vectors = embeddings.embed(unembedded.stream().map(TaxonomyIndex.Label::text).toList(),
                "TAXONOMY_LABEL", null);
        List<TaxonomyIndex.Label> labels = new ArrayList<>(unembedded.size());
        for (int i = 0; i < unembedded.size(); i++) {
            TaxonomyIndex.Label label = unembedded.get(i);
            labels.add(new TaxonomyIndex.Label(label.skill(), label.text(), vectors.get(i)));
        }
        return new TaxonomyIndex(version, skills, labels);
    }
}
