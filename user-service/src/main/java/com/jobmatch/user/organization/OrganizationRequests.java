package com.jobmatch.user.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the organization endpoints. */
public final class OrganizationRequests {

    private OrganizationRequests() {
    }

    /** An admin creates an organization whose first owner is the account of {@code ownerEmail}. */
    public record Create(@NotBlank @Size(max = 200) String name,
                         @NotBlank @Email @Size(max = 254) String ownerEmail) {
    }

    public record Invite(@NotBlank @Email @Size(max = 254) String email,
                         @NotNull @Pattern(regexp = OrgRole.PATTERN, message = OrgRole.MESSAGE) String role) {
    }

    public record RoleChange(@NotNull @Pattern(regexp = OrgRole.PATTERN, message = OrgRole.MESSAGE) String role) {
    }

    /** The token of a mailed invitation link. */
    public record Accept(@NotBlank @Size(max = 200) String token) {
    }
}
