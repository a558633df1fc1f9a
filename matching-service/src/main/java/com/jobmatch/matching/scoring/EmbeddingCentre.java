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
 * <p>
 * A scale ({@link #scaledBy}) weighs the dimensions of the direction: the learnt semantic metric
 * (scoring/semantic-metric.tsv, fitted by bench/learn_semantic_metric.py on labelled resume-job pairs). A plain cosine
 * weighs all 384 dimensions alike, though only some of them tell kinds of work apart: on the fit pairs through the API
 * the metric orders pairs at AUC 0.73 against 0.67 out of fold. The scaled direction is again a unit vector, so
 * retrieval's index still orders jobs by a plain cosine of stored directions. Without a scale every dimension counts
 * alike. Occupation reading ({@link NearestOccupation}) measures from the centre alone: its vectors are plain directions.
 */
public record EmbeddingCentre(float[] mean, float[] scale) {

    public static final EmbeddingCentre NONE = new EmbeddingCentre(new float[0]);

    /** A centre whose directions weigh every dimension alike. */
    public EmbeddingCentre(float[] mean) {
        this(mean, new float[0]);
    }

    /** This centre with each dimension of its directions scaled (a dimension beyond the scale's length keeps 1). */
    public EmbeddingCentre scaledBy(float[] scale) {
        return new EmbeddingCentre(mean, scale);
    }

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
            fromCentre[i] = (unit[i] - (i < mean.length ? mean[i] : 0)) * (i < scale.length ? scale[i] : 1);
        }
        return Vectors.unit(fromCentre);
    }

    /** The centre of a set of unit vectors: their mean. */
    public static EmbeddingCentre of(List<float[]> vectors) {
        return vectors.isEmpty() ? NONE : new EmbeddingCentre(Vectors.mean(vectors));
    }

    /** Whether two centres are the same vector with the same scale (up to the rounding of their stored text). */
    public boolean sameAs(EmbeddingCentre other) {
        return same(mean, other.mean) && same(scale, other.scale);
    }

    private static boolean same(float[] a, float[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-6f) {
                return false;
            }
        }
        return true;
    }

    /** The reference centre in a classpath resource: one number a line, lines starting with # ignored. */
    public static EmbeddingCentre reference(String resource) {
        return new EmbeddingCentre(numbers(resource, "The reference embedding centre"));
    }

    /**
     * The scale of the learnt semantic metric in a classpath resource, one number a line as {@link #reference};
     * each is the square root of a dimension's weight, so none may be negative.
     */
    public static float[] scale(String resource) {
        float[] scale = numbers(resource, "The semantic metric");
        for (float value : scale) {
            if (!(value >= 0)) {
                throw new IllegalStateException("The semantic metric " + resource + " holds a negative scale: " + value);
            }
        }
        return scale;
    }

    private static float[] numbers(String resource, String what) {
        InputStream raw = EmbeddingCentre.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException(what + " " + resource + " is missing from the classpath");
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
        float[] numbers = new float[values.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = values.get(i);
        }
        return numbers;
    }
}
