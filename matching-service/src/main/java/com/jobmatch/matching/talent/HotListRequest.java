package com.jobmatch.matching.talent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A candidate on the organization's hot list: availability (IMMEDIATE, TWO_WEEKS, ONE_MONTH, LATER, UNAVAILABLE), tags. */
public record HotListRequest(UUID resumeId, @NotBlank String availability, LocalDate availableFrom,
                             @Size(max = 30) List<@NotNull @Size(min = 1, max = 50) String> tags,
                             @Size(max = 5000) String note) {
}
