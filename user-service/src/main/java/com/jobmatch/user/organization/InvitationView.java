package com.jobmatch.user.organization;

import java.time.Instant;
import java.util.UUID;

/** An invitation as its organization's owners see it (never its token). */
public record InvitationView(UUID id, UUID organizationId, String email, String role, UUID invitedBy,
                             Instant createdAt, Instant expiresAt) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(invitation.id, invitation.organizationId, invitation.email, invitation.role,
                invitation.invitedBy, invitation.createdAt, invitation.expiresAt);
    }
}
