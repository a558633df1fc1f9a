package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Where in a document a fact was found: the section, the quoted text and its character span. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evidence(String section, String text, Integer start, Integer end) {
}
