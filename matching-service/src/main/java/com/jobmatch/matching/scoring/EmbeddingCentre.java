package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Vectors;
import java.util.List;

/**
 * Semantic similarity measured from the catalogue's centre. Sentence embeddings of one kind of text (job postings,
 * resumes) all share a large common direction, so any posting looks 0.4-0.6 similar to any resume and the part
 * that tells jobs apart is small. Subtracting the mean job embedding (the catalogue's centre) before taking the
 * cosine leaves that distinguishing part: an unrelated pair scores about 0, a close one clearly above.
 * Without a centre (no jobs embedded yet) this is the plain cosine.
 */
public record EmbeddingCentre(float[] mean) {

    public static final EmbeddingCentre NONE = new EmbeddingCentre(new float[0]);

    /** The cosine of the two vectors' directions from the centre. */
    public double similarity(float[] a, float[] b) {
        return Vectors.cosine(direction(a), direction(b));
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
}
