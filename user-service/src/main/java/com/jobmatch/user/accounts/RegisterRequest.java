package com.jobmatch.user.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code role} may only be candidate (the default): recruiters join an organization by invitation or an admin's grant
 * (issue 20). The password rules are checked by PasswordPolicy.
 */
public record RegisterRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull String password,
        @NotBlank @Size(max = 120) String name,
        @Size(min = 3, max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain letters, digits, '.', '_' and '-'") String username,
        @Pattern(regexp = "candidate", message = "must be candidate: recruiters join an organization by invitation") String role) {
}
