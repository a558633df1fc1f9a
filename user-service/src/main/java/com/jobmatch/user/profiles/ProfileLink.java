package com.jobmatch.user.profiles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A link on a profile (portfolio, LinkedIn, GitHub...). */
public record ProfileLink(
        @NotBlank @Size(max = 60) String label,
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {
}
