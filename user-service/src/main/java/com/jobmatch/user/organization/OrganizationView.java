package com.jobmatch.user.organization;

import java.time.Instant;
import java.util.UUID;

/** An organization; {@code role} is the caller's there (null for an admin who is not a member). */
public record OrganizationView(UUID id, String name, Instant createdAt, String role) {

    static OrganizationView of(Organization organization, OrganizationMember caller) {
        return new OrganizationView(organization.id, organization.name, organization.createdAt,
                caller == null ? null : caller.role);
    }
}
