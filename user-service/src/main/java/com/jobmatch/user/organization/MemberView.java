package com.jobmatch.user.organization;

import com.jobmatch.user.accounts.User;

import java.time.Instant;
import java.util.UUID;

/** A member as the organization's members see them. */
public record MemberView(UUID userId, String email, String name, String role, Instant joinedAt) {

    static MemberView of(OrganizationMember member, User user) {
        return new MemberView(member.userId, user.email, user.displayName, member.role, member.createdAt);
    }
}
