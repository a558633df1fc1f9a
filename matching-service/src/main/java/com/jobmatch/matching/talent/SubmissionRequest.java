package com.jobmatch.matching.talent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Put a candidate forward: to one of the organization's jobs ({@code postedJobId}), to a client by name, or both. */
public record SubmissionRequest(@NotNull UUID candidateUserId, UUID resumeId, UUID postedJobId,
                                @Size(max = 300) String clientName, @Size(max = 5000) String note) {
}
