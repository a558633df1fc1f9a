package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Several texts to read for skills in one request: a background caller (matching's enrichment) sends the postings it
 * claimed together, so ai-service embeds their phrases in one model call and the per-request cost is paid once.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillExtractionBatchRequest(
        @NotEmpty @Size(max = SkillExtractionBatchRequest.MAX_ITEMS) List<@NotNull @Valid SkillExtractionRequest> items) {

    /** At most this many texts per request (each up to 200,000 characters, as one extraction). */
    public static final int MAX_ITEMS = 64;
}
