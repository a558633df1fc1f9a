package com.jobmatch.ai.domain;

import com.jobmatch.ai.domain.SkillText.Token;

import java.util.List;
import java.util.Set;

/**
 * Skills whose names are also everyday English words ("go", "excel", "access", "swift"). A dictionary hit on one
 * of them counts only when it reads like a name: capitalised, not after a modal or pronoun ("we go", "will excel"),
 * not before a preposition or article ("go to", "excel at", "excel in").
 */
final class FalseFriends {

    private static final Set<String> AMBIGUOUS = Set.of(
            "go", "excel", "access", "word", "swift", "spring", "rust", "ruby", "chef", "puppet", "express",
            "react", "shell", "make", "ant", "unity", "dart", "elm", "julia", "scheme", "pig", "hive", "lead",
            "team", "outlook", "office", "r", "c", "d", "sketch", "flask", "bash", "git", "jest", "mocha", "teams");

    private static final Set<String> VERB_BEFORE = Set.of(
            "to", "will", "can", "could", "would", "should", "must", "may", "might", "shall", "you", "we", "they",
            "i", "who", "let", "lets", "let's", "not", "never", "always", "often");

    private static final Set<String> VERB_AFTER = Set.of(
            "to", "at", "in", "on", "into", "beyond", "above", "through", "ahead", "back", "further", "over", "out",
            "the", "a", "an", "our", "your", "their", "up", "down", "live", "forward", "well", "far", "along");

    private FalseFriends() {
    }

    static boolean isAmbiguous(Token token) {
        return AMBIGUOUS.contains(token.surface().toLowerCase());
    }

    /** Whether a one-word hit at {@code index} reads as the skill's name rather than the English word. */
    static boolean readsAsName(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (!Character.isUpperCase(token.surface().charAt(0))) {
            return false;
        }
        if (index > 0 && VERB_BEFORE.contains(tokens.get(index - 1).surface().toLowerCase())) {
            return false;
        }
        return index + 1 >= tokens.size() || !VERB_AFTER.contains(tokens.get(index + 1).surface().toLowerCase());
    }
}
