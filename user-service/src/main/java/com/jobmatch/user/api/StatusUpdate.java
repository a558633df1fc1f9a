package com.jobmatch.user.api;

import jakarta.validation.constraints.NotNull;

public record StatusUpdate(@NotNull Boolean enabled) {
}
