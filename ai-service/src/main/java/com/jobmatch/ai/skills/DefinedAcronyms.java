package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms a text spells out itself, the way writers define them: the words, then the letters in brackets
 * ("Government Purchase Card (GPC)", "National Electric Code (NEC)"). A text uses an acronym in one sense throughout
 * (one sense per discourse), so where it spells the letters out as something else than a skill, none of their uses
 * in it is that skill: an accountant's "GPC cardholders" are no gel permeation chromatography, an electrician's "NEC"
 * no procurement of ICT network equipment, "Process Control Block (PCB)" no printed circuit boards. A spelling is the
 * skill's when it shares a word stem with one of the skill's labels ("Cascading Style Sheets (CSS)", "Extract,
 * Transform and Load (ETL)" for data extraction, transformation and loading tools). Of the 453 fit-pairs resumes, 168
 * define acronyms; of the skills read through such letters, 143 agree with the definition and 9 do not.
 */
final class DefinedAcronyms {

    /** Stems this long compare a spelling with a skill's labels: "extract" and "extraction", "transform" and "transformation". */
    private static final int STEM = 5;

    /** Acronym (as written, capitals) to the stems of each spelling the text gives it. */
    private final Map<String, List<Set<String>>> spellings;

    private DefinedAcronyms(Map<String, List<Set<String>>> spellings) {
        this.spellings = spellings;
    }

    /** The acronyms a text's words define, each with the spellings it gives them. */
    static DefinedAcronyms in(List<Token> tokens) {
        Map<String, List<Set<String>>> spellings = new HashMap<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token letters = tokens.get(i);
            boolean bracketed = letters.gapBefore().strip().endsWith("(")
                    && (i + 1 == tokens.size() || tokens.get(i + 1).gapBefore().strip().startsWith(")"));
            if (!bracketed || !AcronymSenses.isAcronym(letters.surface())) {
                continue;
            }
            List<String> spelling = spelling(tokens, i, letters.surface());
            if (!spelling.isEmpty()) {
                spellings.computeIfAbsent(letters.surface(), key -> new ArrayList<>()).add(stems(spelling));
            }
        }
        return new DefinedAcronyms(spellings);
    }

    /**
     * Whether the word is an acronym this text spells out, and every spelling it gives is something else than the
     * skill (no word stem in common with any of the skill's labels). A skill named by the letters themselves ("SQL")
     * is left alone: the taxonomy does not say what they stand for, so "Structured Query Language (SQL)" cannot
     * disagree with it.
     */
    boolean spelledOtherwise(Token word, TaxonomySkill skill) {
        List<Set<String>> given = spellings.get(word.surface());
        if (given == null || SkillText.key(skill.name()).equals(word.key())) {
            return false;
        }
        Set<String> own = new HashSet<>(stems(List.of(skill.name().split("[^\\p{L}\\p{N}]+"))));
        for (String label : skill.synonyms()) {
            own.addAll(stems(List.of(label.split("[^\\p{L}\\p{N}]+"))));
        }
        return given.stream().noneMatch(spelling -> spelling.stream().anyMatch(own::contains));
    }

    /**
     * The words right before the bracket whose initials are the letters, with or without the words letters may skip
     * ({@link AcronymSenses#STOP_WORDS}), all in one clause with the bracket; empty when no run of them is.
     */
    private static List<String> spelling(List<Token> tokens, int bracket, String letters) {
        List<String> words = new ArrayList<>();
        for (int i = bracket - 1; i >= 0 && words.size() < 2 * letters.length(); i--) {
            words.addFirst(tokens.get(i).surface());
            String first = words.getFirst().toLowerCase(Locale.ROOT);
            if (!AcronymSenses.STOP_WORDS.contains(first)
                    && (AcronymSenses.initials(words, false).equals(letters) || AcronymSenses.initials(words, true).equals(letters))) {
                return words;
            }
            if (tokens.get(i).opensClause()) {
                break;
            }
        }
        return List.of();
    }

    private static Set<String> stems(List<String> words) {
        Set<String> stems = new HashSet<>();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && !AcronymSenses.STOP_WORDS.contains(lower)) {
                stems.add(lower.substring(0, Math.min(STEM, lower.length())));
            }
        }
        return stems;
    }
}
