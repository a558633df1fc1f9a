package com.jobmatch.ai.skills;

import com.jobmatch.contract.model.TaxonomySkill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms the taxonomy itself spells out as something else. ESCO gives "POS" as an alternative label of blockchain
 * consensus mechanisms (proof of stake), while O*NET's "Point of sale POS software" spells the same letters out as
 * point of sale; written alone, the letters do not say which. An acronym label of a skill is in doubt when another
 * skill's label spells it out in words that share no content word with the skill's own spellings (or the skill's
 * own labels spell it out nowhere: "OCR" for computer vision, "IDL" for computer programming). Read from the taxonomy,
 * so no list of ambiguous acronyms is kept by hand.
 */
final class AcronymSenses {

    private static final int MAX_LETTERS = 6;
    /** Words an acronym's letters may skip: "Department of Defense" is DoD or DD. */
    static final Set<String> STOP_WORDS = Set.of("of", "and", "for", "the", "in", "to", "a", "an", "on", "with");

    /** Acronym (upper case) to the spellings found: the skill whose label holds it and the spelling's content words. */
    private final Map<String, List<Spelling>> spellings = new HashMap<>();

    private record Spelling(String skillId, Set<String> contentWords) {
    }

    AcronymSenses(List<TaxonomySkill> skills) {
        for (TaxonomySkill skill : skills) {
            for (String label : labelsOf(skill)) {
                readSpellings(label, skill.skillId());
            }
        }
    }

    /** Whether the acronym {@code label} of {@code skill} is spelt out by another skill's label as something else. */
    boolean inDoubt(String label, TaxonomySkill skill) {
        String acronym = label.strip();
        if (!isAcronym(acronym)) {
            return false;
        }
        Set<String> own = new HashSet<>();
        for (String ownLabel : labelsOf(skill)) {
            // Any run of a label's words spells it: "optical character recognition software" spells OCR.
            List<String> words = words(ownLabel);
            for (int from = 0; from < words.size(); from++) {
                for (int to = from + 1; to <= words.size(); to++) {
                    List<String> run = words.subList(from, to);
                    if (initials(run, false).equals(acronym) || initials(run, true).equals(acronym)) {
                        own.addAll(contentWords(run));
                    }
                }
            }
        }
        List<Spelling> found = spellings.getOrDefault(acronym, List.of());
        for (Spelling spelling : found) {
            if (spelling.skillId().equals(skill.skillId())) {
                own.addAll(spelling.contentWords());
            }
        }
        for (Spelling spelling : found) {
            if (!spelling.skillId().equals(skill.skillId()) && spelling.contentWords().stream().noneMatch(own::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Spellings written the way O*NET writes them: the words, then their acronym ("Point of sale POS software"). */
    private void readSpellings(String label, String skillId) {
        List<String> words = words(label);
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (!isAcronym(word)) {
                continue;
            }
            for (int k = 1; k <= i; k++) {
                List<String> before = words.subList(i - k, i);
                if (initials(before, false).equals(word) || initials(before, true).equals(word)) {
                    spellings.computeIfAbsent(word, w -> new ArrayList<>()).add(new Spelling(skillId, contentWords(before)));
                    break;
                }
            }
        }
    }

    private static List<String> labelsOf(TaxonomySkill skill) {
        List<String> labels = new ArrayList<>(skill.synonyms());
        labels.add(skill.name());
        return labels;
    }

    private static List<String> words(String label) {
        List<String> words = new ArrayList<>();
        for (String word : label.split("[\\s\\-/()]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String initials(List<String> words, boolean skipStopWords) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!(skipStopWords && STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    private static Set<String> contentWords(List<String> words) {
        Set<String> content = new HashSet<>();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!STOP_WORDS.contains(lower)) {
                content.add(lower);
            }
        }
        return content;
    }

    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= MAX_LETTERS && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
