package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.Vectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void aTextsEmbeddingIsTheUnitCentroidOfItsStatements() {
        float[] centroid = Vectors.centroid(List.of(new float[] {1, 0}, new float[] {0, 1}));
        assertEquals(Math.sqrt(0.5), centroid[0], 1e-6);
        assertEquals(Math.sqrt(0.5), centroid[1], 1e-6);
    }
}
