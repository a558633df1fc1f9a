package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A skill a job asks for; {@code importance} in (0, 1] lets a posting stress some skills more than others. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillRequirement(String skillId, String name, String category, String escoUri, Double importance) {
}
