package com.jobmatch.ai.skills;

import com.jobmatch.contract.model.TaxonomySkill;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One-word alternative labels that another label of the same skill completes with what the act applies to: ESCO
 * lists "retrieval" beside "retrieval of goods" for repossession, "collections" beside "collections of art items" for
 * art collections, "distillation" beside "distillation by vacuum processes". The word alone names a wider act than the
 * skill ("information retrieval", "debt collections"), so it is no label of it; the full label still is. Decided from
 * the taxonomy's own labels, not a list of words: 20 of the shipped taxonomy's labels are such clipped forms.
 */
final class ClippedLabels {

    /** Words that join an act to what it applies to in a label ("retrieval of goods", "swimming in water"). */
    private static final Set<String> JOINING_WORDS = Set.of("of", "in", "on", "for", "to", "with", "by");

    private ClippedLabels() {
    }

    /**
     * The one-word labels of {@code skill} (lower case) that a longer label of it completes with what the act applies
     * to, its own name aside; read once per skill, whatever the number of its labels.
     */
    static Set<String> of(TaxonomySkill skill) {
        Set<String> clipped = Stream.concat(Stream.of(skill.name()), skill.synonyms().stream())
                .map(label -> label.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(words -> words.length > 2 && JOINING_WORDS.contains(words[1]))
                .map(words -> words[0])
                .collect(Collectors.toCollection(HashSet::new));
        clipped.remove(skill.name().strip().toLowerCase(Locale.ROOT));
        return clipped;
    }

    /** Whether {@code label} is one of {@code clipped} ({@link #of}). */
    static boolean isOneOf(Set<String> clipped, String label) {
        return !clipped.isEmpty() && clipped.contains(label.strip().toLowerCase(Locale.ROOT));
    }
}
