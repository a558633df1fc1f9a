package com.jobmatch.matching.interactions;

import jakarta.validation.constraints.NotBlank;

/** {@code type}: VIEWED, SAVED, SHARED, APPLIED or DISMISSED. */
public record InteractionRequest(@NotBlank String type) {
}
