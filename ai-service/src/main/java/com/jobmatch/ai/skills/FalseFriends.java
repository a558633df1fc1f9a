package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;

import java.util.List;
import java.util.Set;

/**
 * How a one-word hit on an ordinary word ({@link OrdinaryWords}) is told apart from the word itself: it reads as
 * a name when it is capitalised where grammar does not capitalise (not the first word of a line or sentence, not
 * an all-capitals heading, not one word of a Title Case phrase; words beyond a comma or bracket are another
 * phrase), and it is not used as a verb or noun of the
 * sentence (after a modal or pronoun: "we go", "will excel"; before a preposition or article: "go to",
 * "excel at").
 */
final class FalseFriends {

    private static final Set<String> VERB_BEFORE = Set.of(
            "to", "will", "can", "could", "would", "should", "must", "may", "might", "shall", "you", "we", "they",
            "i", "who", "let", "lets", "let's", "not", "never", "always", "often", "a", "an", "the", "our", "your",
            "their", "my", "his", "her", "its", "this", "that");

    private static final Set<String> VERB_AFTER = Set.of(
            "to", "at", "in", "on", "into", "beyond", "above", "through", "ahead", "back", "further", "over", "out",
            "the", "a", "an", "our", "your", "their", "up", "down", "live", "forward", "well", "far", "along", "of");

    private FalseFriends() {
    }

    /** How a one-word hit on an ordinary word reads in its sentence. */
    enum Reading {
        /** Written as a name: capitalised where grammar does not capitalise, alone in its phrase. */
        NAME,
        /** Capitalised, but grammar or a Title Case phrase may be why: a name only if a neighbouring tool says so. */
        PERHAPS_NAME,
        /** Lower case, an all-capitals heading, or used as a verb or noun of the sentence. */
        WORD
    }

    /**
     * How the one-word hit at {@code index} reads. {@code clauseStartCounts}: whether a capital at the start of a
     * line or sentence counts as a name's (it does for a skill whose own name is the word, "Go", and not for a
     * product's name with its vendor left out, "Project" for Microsoft Project).
     */
    static Reading reading(List<Token> tokens, int index, boolean clauseStartCounts) {
        Token token = tokens.get(index);
        String surface = token.surface();
        if (!Character.isUpperCase(surface.charAt(0)) || isAllCapitals(surface)) {
            return Reading.WORD;
        }
        if (isCamelCase(surface)) {
            // A capital inside a word is no grammar's and no heading's: "DevOps Repos", "As DevOps model" name it.
            return Reading.NAME;
        }
        Token before = index > 0 && token.joined() ? tokens.get(index - 1) : null;
        Token after = index + 1 < tokens.size() && tokens.get(index + 1).joined() ? tokens.get(index + 1) : null;
        if (before != null && VERB_BEFORE.contains(before.surface().toLowerCase())) {
            return Reading.WORD;
        }
        if (after != null && VERB_AFTER.contains(after.surface().toLowerCase())) {
            return Reading.WORD;
        }
        boolean titleCase = isCapitalisedWord(before) || isCapitalisedWord(after);
        return titleCase || (token.opensClause() && !clauseStartCounts) ? Reading.PERHAPS_NAME : Reading.NAME;
    }

    /** A capital after a lower-case letter inside the word: "DevOps", "JavaScript"; not "Excel", "SQL", "McDonald". */
    static boolean isCamelCase(String surface) {
        if (surface.startsWith("Mc") || surface.startsWith("Mac")) {
            return false;
        }
        for (int i = 1; i < surface.length(); i++) {
            if (Character.isUpperCase(surface.charAt(i)) && Character.isLowerCase(surface.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAllCapitals(String surface) {
        return surface.length() > 1 && surface.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A capitalised word beside the hit: together they may be a Title Case heading ("Key Projects Delivered"). */
    private static boolean isCapitalisedWord(Token token) {
        return token != null && Character.isUpperCase(token.surface().charAt(0));
    }
}
