package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record LanguageSkill(String language, String proficiency) {
}
