package com.jobmatch.matching.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new interview round: its kind, the instant it starts with the IANA time zone it is set in (e.g.
 * {@code Europe/Berlin}), its length, the interviewers (members' user ids), and where: a place, a link, or both.
 */
public record InterviewRequest(@NotBlank String kind, @NotNull Instant startsAt, @NotBlank @Size(max = 64) String timeZone,
                               @NotNull @Min(5) @Max(600) Integer durationMinutes,
                               @NotEmpty @Size(max = 20) List<@NotNull UUID> interviewers,
                               @Size(max = 500) String location, @Size(max = 2000) String meetingUrl) {
}
