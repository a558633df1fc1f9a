package com.jobmatch.user.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Set;

public record RolesUpdate(
        @NotEmpty Set<@NotNull @Pattern(regexp = "candidate|recruiter|admin", message = "must be candidate, recruiter or admin") String> roles) {
}
