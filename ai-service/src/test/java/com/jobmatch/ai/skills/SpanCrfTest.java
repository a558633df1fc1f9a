package com.jobmatch.ai.skills;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CRF on synthetic sentences, where what a token's tag depends on is known. */
class SpanCrfTest {

    private static final int D = ContextualTokens.DIMENSION;
    private static final int LENGTH = 8;

    /**
     * A token begins a span exactly when the token two places before it carries a marker in its vector: a model that
     * reads two neighbours each side learns that, one that reads one neighbour cannot see it.
     */
    @Test
    void aWiderWindowReadsFartherNeighbours() {
        List<SpanCrf.Features> sentences = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        Random random = new Random(7);
        for (int s = 0; s < 300; s++) {
            float[][] vectors = new float[LENGTH][D];
            int[] gold = new int[LENGTH];
            for (int t = 0; t < LENGTH; t++) {
                vectors[t][0] = random.nextBoolean() ? 1 : -1;
                vectors[t][1] = (float) random.nextGaussian();
            }
            for (int t = 2; t < LENGTH; t++) {
                gold[t] = vectors[t - 2][0] > 0 ? SpanCrf.BEGIN : SpanCrf.OUTSIDE;
            }
            sentences.add(new SpanCrf.Features(vectors, ids()));
            tags.add(gold);
        }
        double narrow = accuracy(trained(1, sentences, tags), sentences, tags);
        double wide = accuracy(trained(2, sentences, tags), sentences, tags);
        assertTrue(wide > 0.95, "window 2: " + wide);
        assertTrue(narrow < 0.85, "window 1: " + narrow);
    }

    /** The file keeps the window, so a model read back scores every sentence as the one written. */
    @Test
    void aModelReadBackTagsAsTheOneWritten() throws IOException {
        float[] mean = new float[D];
        float[] scale = new float[D];
        Arrays.fill(scale, 1);
        SpanCrf model = new SpanCrf(mean, scale, 2);
        List<String> tokens = List.of("Provide", "patient", "care", "to", "residents", ".");
        float[][] raw = new float[tokens.size()][D];
        Random random = new Random(3);
        for (float[] vector : raw) {
            for (int k = 0; k < D; k++) {
                vector[k] = (float) random.nextGaussian();
            }
        }
        SpanCrf.Features features = model.features(tokens, raw, null);
        for (int step = 0; step < 20; step++) {
            model.learn(features, new int[] {1, 2, 2, 0, 0, 0}, 0.05, 1e-4);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        SpanCrf read = SpanCrf.read(new ByteArrayInputStream(bytes.toByteArray()));
        SpanCrf.Features again = read.features(tokens, raw, null);
        assertArrayEquals(model.decode(features, 0), read.decode(again, 0));
        double[][] written = model.marginals(features, Math.log(0.6));
        double[][] readBack = read.marginals(again, Math.log(0.6));
        for (int t = 0; t < tokens.size(); t++) {
            assertArrayEquals(written[t], readBack[t], 1e-6);
        }
        assertEquals(SpanCrf.BEGIN, read.decode(again, 0)[0]);
    }

    private static SpanCrf trained(int window, List<SpanCrf.Features> sentences, List<int[]> tags) {
        float[] mean = new float[D];
        float[] scale = new float[D];
        Arrays.fill(scale, 1);
        SpanCrf model = new SpanCrf(mean, scale, window);
        for (int epoch = 0; epoch < 5; epoch++) {
            for (int s = 0; s < sentences.size(); s++) {
                model.learn(sentences.get(s), tags.get(s), 0.1, 1e-4);
            }
        }
        return model;
    }

    private static double accuracy(SpanCrf model, List<SpanCrf.Features> sentences, List<int[]> tags) {
        int right = 0;
        int all = 0;
        for (int s = 0; s < sentences.size(); s++) {
            int[] decoded = model.decode(sentences.get(s), 0);
            for (int t = 2; t < LENGTH; t++) {
                right += (decoded[t] == SpanCrf.OUTSIDE) == (tags.get(s)[t] == SpanCrf.OUTSIDE) ? 1 : 0;
                all++;
            }
        }
        return (double) right / all;
    }

    /** Only the bias feature: the tags must come from the vectors. */
    private static int[][] ids() {
        int[][] ids = new int[LENGTH][];
        for (int t = 0; t < LENGTH; t++) {
            ids[t] = new int[] {0};
        }
        return ids;
    }
}
