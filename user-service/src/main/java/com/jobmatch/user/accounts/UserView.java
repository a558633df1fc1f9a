package com.jobmatch.user.accounts;


import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

public record UserView(UUID id, String email, String username, String name, Set<String> roles,
                       boolean emailVerified, boolean enabled, Instant createdAt, Instant lastLoginAt) {

    public static UserView of(User user) {
        return new UserView(user.id, user.email, user.username, user.displayName, new TreeSet<>(user.roles),
                user.emailVerified, user.enabled, user.createdAt, user.lastLoginAt);
    }
}
