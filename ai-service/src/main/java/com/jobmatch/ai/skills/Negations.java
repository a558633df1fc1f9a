package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;

import java.util.List;
import java.util.Set;

/**
 * A skill the text says someone lacks is no evidence of it: "no experience with SAP", "without a CDL", "not familiar
 * with Java", and "NO SQL" (NoSQL written apart, bench/evidence-audit-session15h.jsonl). A NegEx-style reading: a
 * negating word, then at most {@value #MAX_WORDS_BETWEEN} words that only say what is lacking (experience, knowledge,
 * "with"), then the skill, all in one phrase. Anything else between ends the negation's reach: "no downtime using
 * Kubernetes" and "not only Java" still name their skills.
 * <p>
 * Hand-written: no library here reads negation, and NegEx itself is a word list of this kind.
 */
final class Negations {

    static final int MAX_WORDS_BETWEEN = 3;

    private static final Set<String> NEGATING = Set.of("no", "not", "without", "never", "lack", "lacks", "lacking", "none");

    /** Words that only say what is lacking, between the negating word and the skill. */
    private static final Set<String> LACKED = Set.of("experience", "knowledge", "prior", "previous", "formal", "any", "a",
            "an", "the", "with", "in", "of", "familiar", "familiarity", "background", "exposure", "skills", "working",
            "professional", "hands-on", "using", "use", "required", "needed");

    private Negations() {
    }

    /**
     * Whether the phrase at characters {@code start} to {@code end} (a fragment or tagged span linked by similarity) is
     * negated: by the words before it, or by its own first words ("no experience with SAP" read as one phrase).
     */
    static boolean negatedAt(List<Token> tokens, int start, int end) {
        int[] words = SkillText.within(tokens, start, end);
        if (words == null) {
            return false;
        }
        int first = words[0];
        for (int i = first; i <= words[1] && (i == first || tokens.get(i).joined()); i++) {
            String word = tokens.get(i).key();
            if (NEGATING.contains(word)) {
                return true;
            }
            if (!LACKED.contains(word)) {
                break;
            }
        }
        return negated(tokens, first);
    }

    /** Whether the skill at tokens {@code first} on is negated by the words before it in the same phrase. */
    static boolean negated(List<Token> tokens, int first) {
        int between = 0;
        for (int i = first - 1; i >= 0 && tokens.get(i + 1).joined(); i--) {
            String word = tokens.get(i).key();
            if (NEGATING.contains(word)) {
                return true;
            }
            if (!LACKED.contains(word) || ++between > MAX_WORDS_BETWEEN) {
                return false;
            }
        }
        return false;
    }
}
