package com.jobmatch.matching.postings;

import jakarta.validation.Valid;

import java.util.UUID;

/** A new job (a draft): from a template of the organization ({@code templateId}), its fields overridden by {@code posting}. */
public record JobDraftRequest(UUID templateId, @Valid PostingFields posting) {
}
