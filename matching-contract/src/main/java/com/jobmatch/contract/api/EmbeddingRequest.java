package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Texts to embed; {@code sourceType} and {@code sourceIds} (same order as texts, optional) say what they belong to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbeddingRequest(@NotEmpty @Size(max = 256) List<String> texts, String sourceType, List<String> sourceIds) {
}
