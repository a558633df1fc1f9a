package com.jobmatch.ai.embeddings;

import com.jobmatch.ai.embeddings.EmbeddingStore.NewEmbedding;
import com.jobmatch.ai.usage.ModelRegistry;
import com.jobmatch.ai.usage.ModelRegistry.ModelSpec;
import com.jobmatch.ai.usage.UsageRecorder;
import com.jobmatch.ai.usage.UsageRecorder.Status;
import com.jobmatch.ai.usage.UsageRecorder.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Embeddings with reuse: texts are keyed by the SHA-256 of their content and the model, so a text already
 * embedded is read back from pgvector and only the misses go through the model, in one batch.
 */
@ApplicationScoped
public class EmbeddingService {

    private final Embedder embedder;
    private final EmbeddingStore store;
    private final ModelRegistry models;
    private final UsageRecorder usage;
    private final ModelSpec spec;

    public EmbeddingService(Embedder embedder, EmbeddingStore store, ModelRegistry models, UsageRecorder usage) {
        this.embedder = embedder;
        this.store = store;
        this.models = models;
        this.usage = usage;
        this.spec = new ModelSpec(embedder.modelName(), "in-process-onnx", "EMBEDDING", embedder.dimension(), 0, 0);
    }

    public String modelName() {
        return embedder.modelName();
    }

    public int dimension() {
        return embedder.dimension();
    }

    public UUID modelId() {
        return models.idOf(spec);
    }

    /**
     * Vectors for the texts, in order. {@code sourceIds} is null or has one id (or null) per text.
     */
    @Transactional
    public List<float[]> embed(List<String> texts, String sourceType, List<String> sourceIds) {
        long started = System.nanoTime();
        UUID modelId = modelId();
        List<String> hashes = texts.stream().map(text -> ContentHash.of(text.strip())).toList();
        Map<String, float[]> vectors = new LinkedHashMap<>(store.findByHashes(modelId, hashes));

        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!vectors.containsKey(hashes.get(i))) {
                missing.putIfAbsent(hashes.get(i), texts.get(i).strip());
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = embedder.embedAll(List.copyOf(missing.values()));
            int i = 0;
            for (String hash : missing.keySet()) {
                vectors.put(hash, fresh.get(i++));
            }
        }

        List<NewEmbedding> rows = new ArrayList<>(texts.size());
        List<float[]> result = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] vector = vectors.get(hashes.get(i));
            String sourceId = sourceIds == null ? null : sourceIds.get(i);
            rows.add(new NewEmbedding(hashes.get(i), sourceType, sourceId, embedder.chunkCount(texts.get(i)), vector));
            result.add(vector);
        }
        store.saveAll(modelId, rows);
        if (!missing.isEmpty()) {
            usage.record(new Usage(null, "EMBEDDING", spec, Status.SUCCEEDED, 0, 0,
                    (System.nanoTime() - started) / 1_000_000, null));
        }
        return result;
    }
}
