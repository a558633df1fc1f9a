package com.jobmatch.ai.domain;

import java.util.List;

/** Small vector arithmetic on embeddings. */
public final class Vectors {

    private Vectors() {
    }

    /** Mean of the vectors scaled to unit length, so cosine similarity becomes a dot product. */
    public static float[] meanNormalized(List<float[]> vectors) {
        float[] sum = new float[vectors.getFirst().length];
        for (float[] vector : vectors) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += vector[i];
            }
        }
        return normalized(sum);
    }

    public static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
