package com.jobmatch.user.organization;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Which organization a user belongs to, read when their tokens are issued. */
@ApplicationScoped
public class Memberships {

    private final MemberRepository members;

    public Memberships(MemberRepository members) {
        this.members = members;
    }

    /** Within the caller's transaction. */
    public Optional<Membership> of(UUID userId) {
        return members.findByUser(userId).map(m -> new Membership(m.organizationId, m.orgRole()));
    }
}
