package com.jobmatch.ai.embeddings;

import com.jobmatch.ai.config.AiConfig;
import com.jobmatch.contract.model.Vectors;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The in-process sentence-embedding model chosen by configuration. Texts longer than one chunk are split into
 * word windows, each embedded, and the chunk vectors mean-pooled and normalised, so a long resume is read in
 * full instead of being cut at the model's sequence limit.
 */
@Startup
@ApplicationScoped
public class Embedder {

    private static final Map<String, KnownModel> KNOWN = Map.of(
            "all-minilm-l6-v2-q", new KnownModel(384, AllMiniLmL6V2QuantizedEmbeddingModel::new));

    private record KnownModel(int dimension, Supplier<EmbeddingModel> factory) {
    }

    private final String modelName;
    private final int dimension;
    private final int chunkWords;
    private final EmbeddingModel model;

    public Embedder(AiConfig config) {
        this.modelName = config.embedding().model();
        KnownModel known = KNOWN.get(modelName);
        if (known == null) {
            throw new IllegalStateException("Unknown embedding model '" + modelName + "'; known: " + KNOWN.keySet());
        }
        this.dimension = known.dimension();
        this.chunkWords = config.embedding().chunkWords();
        this.model = known.factory().get();
    }

    public String modelName() {
        return modelName;
    }

    public int dimension() {
        return dimension;
    }

    /** The model itself, for benchmarks that compare the service against it. */
    public EmbeddingModel rawModel() {
        return model;
    }

    /** Embeds all texts in one model call (the model spreads the chunks over its worker threads). */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>();
        int[] chunksPerText = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            List<String> chunks = chunk(texts.get(i));
            chunksPerText[i] = chunks.size();
            chunks.forEach(chunk -> segments.add(TextSegment.from(chunk)));
        }
        List<Embedding> embedded = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(texts.size());
        int next = 0;
        for (int count : chunksPerText) {
            vectors.add(Vectors.centroid(embedded.subList(next, next + count).stream().map(Embedding::vector).toList()));
            next += count;
        }
        return vectors;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /** Number of chunks a text is split into. */
    public int chunkCount(String text) {
        return chunk(text).size();
    }

    List<String> chunk(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= chunkWords) {
            return List.of(text.strip());
        }
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < words.length; from += chunkWords) {
            chunks.add(String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + chunkWords))));
        }
        return chunks;
    }
}
