package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Vectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingCentreTest {

    /** Three "postings" sharing one large common direction (axis 0), each with its own small part. */
    private static final float[] NURSE = Vectors.unit(new float[] {1, 0.3f, 0, 0});
    private static final float[] CARER = Vectors.unit(new float[] {1, 0.25f, 0.05f, 0});
    private static final float[] DEVELOPER = Vectors.unit(new float[] {1, 0, 0, 0.3f});

    @Test
    void withoutTheCommonDirectionUnrelatedTextsAreNoLongerSimilar() {
        EmbeddingCentre centre = EmbeddingCentre.of(List.of(NURSE, CARER, DEVELOPER));
        assertTrue(Vectors.cosine(NURSE, DEVELOPER) > 0.9, "the plain cosine calls everything similar");
        assertTrue(centre.similarity(NURSE, DEVELOPER) < 0, "centred, unrelated postings are apart");
        assertTrue(centre.similarity(NURSE, CARER) > 0.5, "centred, related postings stay close");
    }

    /** Retrieval's index orders jobs by the cosine of these directions (V24): it must be scoring's similarity. */
    @Test
    void directionsFromTheCentreCompareAsScoringDoes() {
        EmbeddingCentre centre = EmbeddingCentre.of(List.of(NURSE, CARER, DEVELOPER));
        for (float[] other : List.of(CARER, DEVELOPER)) {
            assertEquals(centre.similarity(NURSE, other), Vectors.cosine(centre.direction(NURSE), centre.direction(other)), 1e-5);
        }
        assertEquals(1, Vectors.cosine(centre.direction(NURSE), centre.direction(NURSE)), 1e-5);
    }

    @Test
    void withoutACentreItIsThePlainCosine() {
        assertEquals(Vectors.cosine(NURSE, DEVELOPER), EmbeddingCentre.NONE.similarity(NURSE, DEVELOPER), 1e-6);
        assertEquals(EmbeddingCentre.NONE, EmbeddingCentre.of(List.of()));
    }

    /**
     * The learnt metric weighs the dimensions of the directions: the similarity is the weighted cosine (weights the
     * squares of the scale), what tells these postings apart weighs as much as the metric says, and unit scales
     * change nothing.
     */
    @Test
    void aScaleWeighsTheDimensionsOfTheDirections() {
        EmbeddingCentre centre = EmbeddingCentre.of(List.of(NURSE, CARER, DEVELOPER));
        float[] scale = {1, 2, 0.5f, 1};
        EmbeddingCentre scaled = centre.scaledBy(scale);
        float[] a = centre.direction(NURSE);
        float[] b = centre.direction(DEVELOPER);
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            double weight = scale[i] * scale[i];
            dot += weight * a[i] * b[i];
            normA += weight * a[i] * a[i];
            normB += weight * b[i] * b[i];
        }
        assertEquals(dot / Math.sqrt(normA * normB), scaled.similarity(NURSE, DEVELOPER), 1e-5);
        assertTrue(scaled.similarity(NURSE, DEVELOPER) < centre.similarity(NURSE, DEVELOPER),
                "the nurse's own dimension weighs more, so the developer is further away");
        assertEquals(1, Vectors.cosine(scaled.direction(CARER), scaled.direction(CARER)), 1e-5);
        assertEquals(centre.similarity(NURSE, CARER), centre.scaledBy(new float[] {1, 1, 1, 1}).similarity(NURSE, CARER), 1e-6);
        assertFalse(scaled.sameAs(centre), "a new metric is a new centre: every job's direction is rewritten");
    }

    @Test
    void aMetricWithANegativeScaleIsRefused() {
        assertEquals(384, EmbeddingCentre.scale("scoring/semantic-metric.tsv").length);
        assertThrows(IllegalStateException.class, () -> EmbeddingCentre.scale("scoring/negative-semantic-metric.tsv"));
        assertThrows(IllegalStateException.class, () -> EmbeddingCentre.scale("scoring/no-such-metric.tsv"));
    }

    @Test
    void aTextsEmbeddingIsTheUnitCentroidOfItsStatements() {
        float[] centroid = Vectors.centroid(List.of(new float[] {1, 0}, new float[] {0, 1}));
        assertEquals(Math.sqrt(0.5), centroid[0], 1e-6);
        assertEquals(Math.sqrt(0.5), centroid[1], 1e-6);
    }
}
