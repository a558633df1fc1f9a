package com.jobmatch.ai.skills;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contextual token vectors of the shipped encoder, without Quarkus. */
class ContextualTokensTest {

    private static final ContextualTokens ENCODER = new ContextualTokens();

    @Test
    void tokensAreSplitIntoWordPiecesAsBertDoes() {
        // "forklift" is not in the vocabulary whole: greedy longest match gives "fork" + "##lift"
        assertEquals(2, ENCODER.pieces("forklift").length);
        // punctuation is split off, and upper case and accents are folded
        int[] node = ENCODER.pieces("node");
        int[] dot = ENCODER.pieces(".");
        int[] js = ENCODER.pieces("js");
        int[] joined = java.util.stream.IntStream.concat(java.util.stream.IntStream.concat(java.util.Arrays.stream(node),
                java.util.Arrays.stream(dot)), java.util.Arrays.stream(js)).toArray();
        assertArrayEquals(joined, ENCODER.pieces("Node.js"));
        assertArrayEquals(ENCODER.pieces("cafe"), ENCODER.pieces("Café"));
    }

    @Test
    void oneVectorPerTokenThatDependsOnTheSentence() {
        float[][] river = ENCODER.vectors(List.of("We", "sat", "on", "the", "river", "bank", "."));
        float[][] money = ENCODER.vectors(List.of("Open", "a", "bank", "account", "."));
        assertEquals(7, river.length);
        assertEquals(ContextualTokens.DIMENSION, river[0].length);
        double same = cosine(river[5], ENCODER.vectors(List.of("We", "sat", "on", "the", "river", "bank", "."))[5]);
        double other = cosine(river[5], money[2]);
        assertTrue(same > 0.999, "the same sentence gives the same vector: " + same);
        assertTrue(other < 0.9, "the same word in another sentence gives another vector: " + other);
    }

    @Test
    void aSentenceLongerThanOneModelWindowStillGetsAVectorPerToken() {
        List<String> tokens = java.util.Collections.nCopies(300, "management");
        float[][] vectors = ENCODER.vectors(tokens);
        assertEquals(300, vectors.length);
        for (float[] vector : vectors) {
            assertTrue(cosine(vector, vector) > 0.99, "every token has a non-zero vector");
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
