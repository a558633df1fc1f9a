package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A skill found in a text: the taxonomy entry (its id, its ESCO URI where one exists, its O*NET commodity code where
 * it is a technology), the span it was read from, how sure we are, how it was found ({@code method}: the pass) and
 * what the words say of it ({@code link}: {@link SkillLink#NAMED} or {@link SkillLink#RELATED}; null in skills
 * extracted before links were kept, read as named).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtractedSkill(String skillId, String name, String category, String escoUri, String matchedText,
                             int start, int end, double confidence, String method, String link, String onetCode) {

    public ExtractedSkill(String skillId, String name, String category, String escoUri, String matchedText,
                          int start, int end, double confidence, String method, String link) {
        this(skillId, name, category, escoUri, matchedText, start, end, confidence, method, link, null);
    }

    public ExtractedSkill(String skillId, String name, String category, String escoUri, String matchedText,
                          int start, int end, double confidence, String method) {
        this(skillId, name, category, escoUri, matchedText, start, end, confidence, method, null, null);
    }
}
