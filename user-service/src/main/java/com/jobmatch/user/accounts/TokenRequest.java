package com.jobmatch.user.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A token from a mailed link (email verification). */
public record TokenRequest(@NotBlank @Size(max = 200) String token) {
}
