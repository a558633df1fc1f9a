package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.Vectors;
import java.util.List;

/**
 * Semantic similarity measured from the catalogue's centre. Sentence embeddings of one kind of text (job postings,
 * resumes) all share a large common direction, so any posting looks 0.4-0.6 similar to any resume and the part
 * that tells jobs apart is small. Subtracting the mean job embedding (the catalogue's centre) before taking the
 * cosine leaves that distinguishing part: an unrelated pair scores about 0, a close one clearly above.
 * Without a centre (no jobs embedded yet) this is the plain cosine.
 */
public record EmbeddingCentre(float[] mean, double meanSquared) {

    public static final EmbeddingCentre NONE = new EmbeddingCentre(new float[0]);

    /** Recruiter ranking measures many candidates against one centre, so the centre's own square is kept. */
    public EmbeddingCentre(float[] mean) {
        this(mean, dot(mean, mean));
    }

    /** Similarity of two unit vectors from the cosine between them and each one's dot product with the centre. */
    private double similarity(double cosine, double aDotCentre, double bDotCentre) {
        double centre = meanSquared;
        double a = 1 - 2 * aDotCentre + centre;
        double b = 1 - 2 * bDotCentre + centre;
        return a <= 0 || b <= 0 ? 0 : (cosine - aDotCentre - bDotCentre + centre) / Math.sqrt(a * b);
    }

    public double similarity(float[] a, float[] b) {
        float[] unitA = Vectors.unit(a);
        float[] unitB = Vectors.unit(b);
        return similarity(dot(unitA, unitB), dot(unitA, mean), dot(unitB, mean));
    }

    /**
     * A vector's direction from the centre, as a unit vector: the cosine of two such directions is
     * {@link #similarity(float[], float[])} of the vectors (retrieval's index orders jobs by it, V24).
     */
    public float[] direction(float[] vector) {
        float[] unit = Vectors.unit(vector);
        float[] fromCentre = new float[unit.length];
        for (int i = 0; i < unit.length; i++) {
            fromCentre[i] = unit[i] - (i < mean.length ? mean[i] : 0);
        }
        return Vectors.unit(fromCentre);
    }

    /** The centre of a set of unit vectors: their mean. */
    public static EmbeddingCentre of(List<float[]> vectors) {
        return vectors.isEmpty() ? NONE : new EmbeddingCentre(Vectors.mean(vectors));
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
