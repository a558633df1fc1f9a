package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Vectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Semantic similarity measured from a centre. Sentence embeddings of one kind of text (job postings, resumes) all
 * share a large common direction, so any posting looks 0.4-0.6 similar to any resume and the part that tells jobs
 * apart is small. Subtracting a centre before taking the cosine leaves that distinguishing part: an unrelated pair
 * scores about 0, a close one clearly above.
 * <p>
 * The centre is fixed, a reference ({@link #reference}) shipped with the service: the mean embedding of ESCO's
 * 3,007 occupation descriptions, each embedded as a posting is (scoring/reference-centre.tsv, built by
 * scripts/build-reference-centre.py), so it stands for all kinds of work alike rather than for one catalogue's mix.
 * It used to be the catalogue's own mean, which moved with whatever else the catalogue held: adding the demo's
 * generated sample jobs lowered the fit-pairs semantic AUC from 0.679 to 0.633, and a pair's score depended on jobs
 * that had nothing to do with it. (SkillSpan's posting sentences, mostly software work, were tried as the reference
 * and did worse than no centre on the fit pairs: 0.631 against 0.642.) Without a centre this is the plain cosine.
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

    /** Whether two centres are the same vector (up to the rounding of their stored text). */
    public boolean sameAs(EmbeddingCentre other) {
        if (mean.length != other.mean.length) {
            return false;
        }
        for (int i = 0; i < mean.length; i++) {
            if (Math.abs(mean[i] - other.mean[i]) > 1e-6f) {
                return false;
            }
        }
        return true;
    }

    /** The reference centre in a classpath resource: one number a line, lines starting with # ignored. */
    public static EmbeddingCentre reference(String resource) {
        InputStream raw = EmbeddingCentre.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("The reference embedding centre " + resource + " is missing from the classpath");
        }
        List<Float> values = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    values.add(Float.parseFloat(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float[] mean = new float[values.size()];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = values.get(i);
        }
        return new EmbeddingCentre(mean);
    }
}
