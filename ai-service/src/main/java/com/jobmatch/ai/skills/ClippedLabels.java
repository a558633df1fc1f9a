package com.jobmatch.ai.skills;

import com.jobmatch.contract.model.TaxonomySkill;

import java.util.Locale;
import java.util.Set;
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

    /** Whether {@code synonym}, one word, is cut from a longer label of {@code skill} that says what it applies to. */
    static boolean clips(String synonym, TaxonomySkill skill) {
        String word = synonym.strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty() || word.contains(" ") || word.equals(skill.name().strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Stream.concat(Stream.of(skill.name()), skill.synonyms().stream())
                .map(label -> label.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .anyMatch(words -> words.length > 2 && words[0].equals(word) && JOINING_WORDS.contains(words[1]));
    }
}
