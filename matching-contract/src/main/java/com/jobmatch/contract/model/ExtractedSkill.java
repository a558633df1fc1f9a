package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A skill found in a text: the taxonomy entry, the span it was read from, how sure we are and how it was found. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtractedSkill(String skillId, String name, String category, String escoUri, String matchedText,
                             int start, int end, double confidence, String method) {
}
