package com.jobmatch.user.organization;

import java.util.UUID;

/** The organization a user belongs to and their role there: what access tokens carry as {@code org} and {@code org_role}. */
public record Membership(UUID organizationId, OrgRole role) {
}
