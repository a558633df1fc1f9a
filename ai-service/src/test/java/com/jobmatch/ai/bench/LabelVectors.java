package com.jobmatch.ai.bench;

import com.jobmatch.ai.embeddings.ContentHash;
import com.jobmatch.ai.embeddings.Embedder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeddings of many taxonomy labels for the evaluations, kept in target/ between runs: the ~125k ESCO names and
 * synonyms take minutes of CPU to embed, and the test database (where the service keeps them) is cleaned per run.
 */
final class LabelVectors {

    private LabelVectors() {
    }

    static List<float[]> of(Embedder embedder, List<String> texts) throws IOException {
        String key = ContentHash.of(embedder.modelName() + "\n" + String.join("\n", texts)).substring(0, 16);
        Path cache = Path.of("target", "label-vectors-" + key + ".bin");
        if (Files.exists(cache)) {
            return read(cache, texts.size(), embedder.dimension());
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += 256) {
            vectors.addAll(embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + 256))));
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            for (float[] vector : vectors) {
                for (float value : vector) {
                    out.writeFloat(value);
                }
            }
        }
        return vectors;
    }

    private static List<float[]> read(Path cache, int count, int dimension) throws IOException {
        List<float[]> vectors = new ArrayList<>(count);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
            for (int i = 0; i < count; i++) {
                float[] vector = new float[dimension];
                for (int j = 0; j < dimension; j++) {
                    vector[j] = in.readFloat();
                }
                vectors.add(vector);
            }
        }
        return vectors;
    }
}
