package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A skill normalized to the platform taxonomy. {@code skillId} is the taxonomy's canonical id;
 * {@code name} is its canonical label; {@code evidence} says where the skill was found; {@code link} whether the
 * evidence names the skill or only something related to it ({@link SkillLink}; null: named).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Skill(String skillId, String name, String category, String escoUri, Double confidence,
                    List<Evidence> evidence, String link) {

    public Skill {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Skill(String skillId, String name, String category, String escoUri, Double confidence,
                 List<Evidence> evidence) {
        this(skillId, name, category, escoUri, confidence, evidence, null);
    }

    /** Whether the evidence states the skill itself rather than something related to it. */
    @JsonIgnore
    public boolean named() {
        return SkillLink.named(link);
    }
}
