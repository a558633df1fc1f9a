package com.jobmatch.ai.skills;

import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The word features of the earlier maximum-entropy skill tagger, for each token of a sentence: the word and its
 * neighbours (+-3), token classes, bigrams, prefixes and suffixes, sentence edges, the two ESCO word lists (first words
 * of competence labels, words of any label) and part of speech (OpenNLP's UD EWT model). They are produced by the
 * feature generators stored in that tagger's model (models/skill-spans.bin, which holds the word lists and the
 * part-of-speech model); its maximum-entropy weights are not used. The CRF (SpanCrf) weighs these beside the
 * contextual vectors: the vectors say what a word means in its sentence, these say where a phrase may start and end.
 */
public final class WordFeatures {

    public static final String MODEL_RESOURCE = "models/skill-spans.bin";

    private final ThreadLocal<NameContextGenerator> generators;

    public WordFeatures() {
        TokenNameFinderModel model;
        try (InputStream in = WordFeatures.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Skill tagger features missing from the classpath: " + MODEL_RESOURCE);
            }
            model = new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the skill tagger features " + MODEL_RESOURCE, e);
        }
        // the generators keep per-sentence caches, so each thread gets its own
        this.generators = ThreadLocal.withInitial(() -> model.getFactory().createContextGenerator());
    }

    /** The feature strings of each token (no previous-tag features: the CRF scores tag transitions itself). */
    public String[][] of(List<String> tokens) {
        NameContextGenerator generator = generators.get();
        String[] words = tokens.toArray(String[]::new);
        String[][] features = new String[words.length][];
        for (int i = 0; i < words.length; i++) {
            features[i] = generator.getContext(i, words, null, null);
        }
        generator.clearAdaptiveData();
        return features;
    }
}
