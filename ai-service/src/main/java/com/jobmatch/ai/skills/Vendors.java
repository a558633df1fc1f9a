package com.jobmatch.ai.skills;

import com.jobmatch.contract.model.TaxonomySkill;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The makers whose names people leave out of their products' names ("JIRA" for Atlassian JIRA, "ArcGIS" for ESRI
 * ArcGIS), read from the taxonomy: a capitalised first word that opens the names of at least {@value #MIN_PRODUCTS}
 * technologies, is no skill's label on its own, and is not a common word of the taxonomy's labels (written in lower
 * case in fewer than {@value #MAX_LOWER_CASE_USES} of them: "Data", "Web", "Business" open product names too).
 */
final class Vendors {

    static final int MIN_PRODUCTS = 3;
    static final int MAX_LOWER_CASE_USES = 2;

    private Vendors() {
    }

    /** The vendor keys of the taxonomy's technologies, with the ones known beforehand. */
    static Set<String> of(List<TaxonomySkill> skills, Set<String> known) {
        Set<String> labels = new HashSet<>();
        Map<String, Integer> lowerCaseUses = new HashMap<>();
        Map<String, Integer> opens = new HashMap<>();
        for (TaxonomySkill skill : skills) {
            labels.add(SkillText.key(skill.name()));
            skill.synonyms().forEach(synonym -> labels.add(SkillText.key(synonym)));
            countLowerCase(skill.name(), lowerCaseUses);
            skill.synonyms().forEach(synonym -> countLowerCase(synonym, lowerCaseUses));
            if (skill.isTechnology()) {
                String[] words = skill.name().strip().split("\\s+");
                if (words.length > 1 && Character.isUpperCase(words[0].charAt(0))) {
                    opens.merge(SkillText.key(words[0]), 1, Integer::sum);
                }
            }
        }
        Set<String> vendors = new HashSet<>(known);
        opens.forEach((word, count) -> {
            if (count >= MIN_PRODUCTS && !labels.contains(word)
                    && lowerCaseUses.getOrDefault(word, 0) < MAX_LOWER_CASE_USES) {
                vendors.add(word);
            }
        });
        return Set.copyOf(vendors);
    }

    /** The vendor a skill's name opens with, if any. */
    static Optional<String> of(TaxonomySkill skill, Set<String> vendors) {
        String name = skill.name().strip();
        int space = name.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String first = SkillText.key(name.substring(0, space));
        return vendors.contains(first) ? Optional.of(first) : Optional.empty();
    }

    private static void countLowerCase(String label, Map<String, Integer> uses) {
        String[] words = label.strip().split("\\s+");
        if (words.length < 2) {
            return;
        }
        for (String word : words) {
            if (!word.isEmpty() && SkillText.isLowerCase(word)) {
                uses.merge(SkillText.key(word), 1, Integer::sum);
            }
        }
    }
}
