package com.jobmatch.ai.bench;

import com.jobmatch.ai.embeddings.ContentHash;
import com.jobmatch.ai.skills.WordClusterFeatures;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
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
import java.util.Random;

/**
 * Word clusters for the skill tagger's features: every word of the vocabulary (SkillSpan TRAIN's words and the
 * words of the ESCO skill labels) embedded alone with the sentence-embedding model ai-service already ships
 * (all-MiniLM-L6-v2), then grouped by spherical k-means, fine (512 clusters) and coarse (the 512 centres grouped
 * into 64). A word the postings never had in a skill ("forklift") shares a cluster with words they had ("crane",
 * "machinery"), which is what lets the tagger generalise past its training domain. Seeded, so a re-run gives the same
 * clusters. Stored inside the model (WordClusterFeatures).
 */
final class WordClusters {

    static final int FINE = 512;
    static final int COARSE = 64;
    private static final int ITERATIONS = 12;

    private WordClusters() {
    }

    /** The two dictionaries (fine, coarse), word -> cluster id, for the given lower-case vocabulary. */
    static List<WordClusterFeatures.Table> build(List<String> vocabulary) throws IOException {
        float[][] vectors = vectors(vocabulary);
        int[] fine = kMeans(vectors, FINE, 42);
        float[][] centres = centres(vectors, fine, FINE);
        int[] coarseOfFine = kMeans(centres, COARSE, 43);
        Map<String, String> fineTable = new HashMap<>();
        Map<String, String> coarseTable = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            fineTable.put(vocabulary.get(i), "f" + fine[i]);
            coarseTable.put(vocabulary.get(i), "c" + coarseOfFine[fine[i]]);
        }
        return List.of(new WordClusterFeatures.Table(Map.copyOf(fineTable)), new WordClusterFeatures.Table(Map.copyOf(coarseTable)));
    }

    /** Embeddings of the words, kept in target/ between runs (the model takes a minute or two for ~20k words). */
    private static float[][] vectors(List<String> words) throws IOException {
        Path cache = Path.of("target", "word-vectors-" + ContentHash.of(String.join("\n", words)).substring(0, 16) + ".bin");
        float[][] vectors = new float[words.size()][];
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                int dimension = in.readInt();
                for (int i = 0; i < vectors.length; i++) {
                    vectors[i] = new float[dimension];
                    for (int j = 0; j < dimension; j++) {
                        vectors[i][j] = in.readFloat();
                    }
                }
            }
            return vectors;
        }
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (int from = 0; from < words.size(); from += 512) {
            List<TextSegment> batch = words.subList(from, Math.min(words.size(), from + 512)).stream().map(TextSegment::from).toList();
            var embedded = model.embedAll(batch).content();
            for (int i = 0; i < embedded.size(); i++) {
                vectors[from + i] = normalised(embedded.get(i).vector());
            }
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(vectors[0].length);
            for (float[] vector : vectors) {
                for (float value : vector) {
                    out.writeFloat(value);
                }
            }
        }
        return vectors;
    }

    /** Spherical k-means (cosine), k-means++ start from a fixed seed; returns each point's cluster. */
    static int[] kMeans(float[][] points, int k, long seed) {
        Random random = new Random(seed);
        List<float[]> chosen = new ArrayList<>();
        chosen.add(points[random.nextInt(points.length)]);
        double[] distance = new double[points.length];
        java.util.Arrays.fill(distance, Double.MAX_VALUE);
        while (chosen.size() < k) {
            float[] last = chosen.getLast();
            double total = 0;
            for (int i = 0; i < points.length; i++) {
                distance[i] = Math.min(distance[i], Math.max(0, 1 - dot(points[i], last)));
                total += distance[i];
            }
            double target = random.nextDouble() * total;
            int next = 0;
            for (double sum = 0; next < points.length - 1; next++) {
                sum += distance[next];
                if (sum >= target) {
                    break;
                }
            }
            chosen.add(points[next]);
        }
        float[][] centres = chosen.stream().map(float[]::clone).toArray(float[][]::new);
        int[] assigned = new int[points.length];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int i = 0; i < points.length; i++) {
                int best = 0;
                double bestSimilarity = -2;
                for (int c = 0; c < k; c++) {
                    double similarity = dot(points[i], centres[c]);
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = c;
                    }
                }
                assigned[i] = best;
            }
            float[][] updated = centres(points, assigned, k);
            for (int c = 0; c < k; c++) {
                if (updated[c] != null) {
                    centres[c] = updated[c];
                }
            }
        }
        return assigned;
    }

    /** The normalised mean of each cluster's points (null for an empty cluster). */
    private static float[][] centres(float[][] points, int[] assigned, int k) {
        float[][] sums = new float[k][];
        for (int i = 0; i < points.length; i++) {
            float[] sum = sums[assigned[i]];
            if (sum == null) {
                sum = sums[assigned[i]] = new float[points[i].length];
            }
            for (int j = 0; j < sum.length; j++) {
                sum[j] += points[i][j];
            }
        }
        for (int c = 0; c < k; c++) {
            if (sums[c] != null) {
                sums[c] = normalised(sums[c]);
            }
        }
        return sums;
    }

    private static float[] normalised(float[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    private static double dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return s0 + s1 + s2 + s3;
    }
}
