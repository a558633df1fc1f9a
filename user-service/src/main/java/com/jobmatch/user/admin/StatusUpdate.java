package com.jobmatch.user.admin;

import jakarta.validation.constraints.NotNull;

public record StatusUpdate(@NotNull Boolean enabled) {
}
