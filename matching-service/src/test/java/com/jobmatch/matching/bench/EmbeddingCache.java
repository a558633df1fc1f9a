package com.jobmatch.matching.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-process all-MiniLM-L6-v2-q model (the one ai-service embeds with) behind a file cache keyed by text, so
 * that re-running an evaluation after a scoring change takes seconds, not the minute the embeddings take.
 */
final class EmbeddingCache {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final Map<String, float[]> vectors;
    private final Path file;
    private boolean changed;

    private EmbeddingCache(Path file, Map<String, float[]> vectors) {
        this.file = file;
        this.vectors = vectors;
    }

    static EmbeddingCache open(Path file) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String text = in.readUTF();
                    float[] vector = new float[in.readInt()];
                    for (int d = 0; d < vector.length; d++) {
                        vector[d] = in.readFloat();
                    }
                    vectors.put(text, vector);
                }
            }
        }
        return new EmbeddingCache(file, vectors);
    }

    float[] embed(String text) {
        return vectors.computeIfAbsent(text, t -> {
            changed = true;
            return model.embed(TextSegment.from(t)).content().vector();
        });
    }

    List<float[]> embedAll(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            var embedded = model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), embedded.get(i).vector());
            }
            changed = true;
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(vectors.get(t)));
        return out;
    }

    void save() throws IOException {
        if (!changed) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (var entry : vectors.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                for (float f : entry.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }
}
