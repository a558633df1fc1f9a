package com.jobmatch.contract.model;

import java.util.List;

/** Small vector arithmetic on embeddings, shared by ai-service (chunk pooling) and matching-service (statement centroids). */
public final class Vectors {

    private Vectors() {
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    public static float[] mean(List<float[]> vectors) {
        float[] mean = new float[vectors.getFirst().length];
        for (float[] vector : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += vector[i] / vectors.size();
            }
        }
        return mean;
    }

    /** The vector scaled to length 1 (a zero vector stays zero). */
    public static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = new float[vector.length];
        if (norm == 0) {
            return unit;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / length);
        }
        return unit;
    }

    /** A text's embedding from its statements' embeddings: their mean, as a unit vector. */
    public static float[] centroid(List<float[]> statements) {
        return unit(mean(statements));
    }
}
