package com.jobmatch.resume.versions;

import com.fasterxml.jackson.databind.JsonNode;

/** One field that differs between two versions; {@code field} is a path such as {@code work_experience[0].company}. */
public record FieldChange(String field, String changeType, JsonNode oldValue, JsonNode newValue) {
}
