package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One suggested change: {@code type} is SURFACE_SKILL, REWRITE_BULLET or REORDER_SECTIONS; {@code field} is the
 * path in resume_data it changes (e.g. {@code work_experience[0].description}); before, after and why are shown
 * to the person, who accepts or rejects it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptimizationSuggestion(String id, String type, String section, String field, String before,
                                     String after, String why) {
}
