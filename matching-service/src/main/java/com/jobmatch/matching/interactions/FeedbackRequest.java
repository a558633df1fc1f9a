package com.jobmatch.matching.interactions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record FeedbackRequest(@NotNull Boolean helpful, @Size(max = 200) String reason, @Size(max = 2000) String comment) {
}
