package com.jobmatch.user.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PasswordResetConfirmation(@NotBlank @Size(max = 200) String token, @NotNull String newPassword) {
}
