package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A page of the revocation feed. A token is refused when its {@code sid} claim is one of {@code sessions}, or its
 * {@code sub} is one of {@code users} and it was issued at or before that entry's {@code revokedAt} (an account
 * disabled then). Entries matter for {@code retainSeconds} after their {@code revokedAt}, when every token issued
 * before has expired.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenRevocations(Instant asOf, long retainSeconds, List<Revocation> sessions, List<Revocation> users) {

    public TokenRevocations {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        users = users == null ? List.of() : List.copyOf(users);
    }
}
