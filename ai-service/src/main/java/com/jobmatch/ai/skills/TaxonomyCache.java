package com.jobmatch.ai.skills;

import com.jobmatch.ai.client.TaxonomyClient;
import com.jobmatch.ai.config.AiConfig;
import com.jobmatch.ai.embeddings.ContentHash;
import com.jobmatch.ai.embeddings.EmbeddingService;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.model.TaxonomySkill;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The skills taxonomy read from matching-service, refreshed periodically. A failed refresh keeps the last good
 * copy. Dictionary matching is ready as soon as the taxonomy is read; the semantic index (skill-name embeddings)
 * grows in batches: the first while loading, the rest in background steps. Label embeddings go through
 * EmbeddingService, so a restart reuses them from pgvector instead of running the model again.
 */
@ApplicationScoped
public class TaxonomyCache {

    private final TaxonomyClient client;
    private final EmbeddingService embeddings;
    private final boolean semantic;
    private final boolean synonyms;
    private final int batchSize;
    private final AtomicReference<TaxonomyIndex> current = new AtomicReference<>();
    private Deque<TaxonomyIndex.Label> pending = new ArrayDeque<>();

    public TaxonomyCache(TaxonomyClient client, EmbeddingService embeddings, AiConfig config) {
        this.client = client;
        this.embeddings = embeddings;
        this.semantic = config.extraction().semanticEnabled();
        this.synonyms = config.taxonomy().embedSynonyms();
        this.batchSize = Math.max(1, config.taxonomy().labelBatchSize());
    }

    @Scheduled(every = "${jobmatch.ai.taxonomy.refresh-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    @Scheduled(every = "${jobmatch.ai.taxonomy.label-step-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledLabelStep() {
        embedNextLabels();
    }

    /** Loads the taxonomy now; returns false (keeping the previous copy) when matching-service did not answer. */
    public synchronized boolean refresh() {
        Optional<List<TaxonomySkill>> skills = client.export();
        if (skills.isEmpty() || skills.get().isEmpty()) {
            return false;
        }
        String version = ContentHash.of(skills.get().toString()).substring(0, 12);
        TaxonomyIndex loaded = current.get();
        if (loaded != null && loaded.version().equals(version)) {
            return true;
        }
        pending = semantic ? new ArrayDeque<>(TaxonomyIndex.unembeddedLabels(skills.get(), synonyms)) : new ArrayDeque<>();
        current.set(new TaxonomyIndex(version, skills.get(), List.of()).withSemanticComplete(pending.isEmpty()));
        embedNextLabels();
        Log.infof("Skills taxonomy %s loaded: %d skills, %d labels still to embed", version, skills.get().size(), pending.size());
        return true;
    }

    /** Embeds the next batch of labels into the current index; false when there is nothing left to do. */
    synchronized boolean embedNextLabels() {
        TaxonomyIndex index = current.get();
        if (index == null || pending.isEmpty()) {
            return false;
        }
        List<TaxonomyIndex.Label> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && !pending.isEmpty()) {
            batch.add(pending.poll());
        }
        List<float[]> vectors = embeddings.embed(batch.stream().map(TaxonomyIndex.Label::text).toList(), "TAXONOMY_LABEL", null);
        List<TaxonomyIndex.Label> embedded = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            embedded.add(new TaxonomyIndex.Label(batch.get(i).skill(), batch.get(i).text(), vectors.get(i)));
        }
        current.set(index.withLabels(embedded, pending.isEmpty()));
        if (pending.isEmpty()) {
            Log.infof("Skills taxonomy %s: semantic index complete", index.version());
        }
        return true;
    }

    /** The loaded taxonomy; 503 when it has never been loaded because matching-service is unreachable. */
    public TaxonomyIndex current() {
        return available().orElseThrow(() -> ProblemException.unavailable("Service unavailable",
                "The skills taxonomy is not available yet (matching-service did not answer)", null));
    }

    /** The taxonomy, loading it first if this is the first use; empty while matching-service cannot be reached. */
    public Optional<TaxonomyIndex> available() {
        if (current.get() == null) {
            refresh();
        }
        return Optional.ofNullable(current.get());
    }
}
