package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A skill normalized to the platform taxonomy. {@code skillId} is the taxonomy's canonical id;
 * {@code name} is its canonical label; {@code evidence} says where the skill was found.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Skill(String skillId, String name, String category, String escoUri, Double confidence,
                    List<Evidence> evidence) {

    public Skill {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
