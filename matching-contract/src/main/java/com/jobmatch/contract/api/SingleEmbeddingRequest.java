package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One text to embed; {@code sourceType} and {@code sourceId} (optional) say what it belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SingleEmbeddingRequest(@NotBlank @Size(max = 100_000) String text, String sourceType, String sourceId) {
}
