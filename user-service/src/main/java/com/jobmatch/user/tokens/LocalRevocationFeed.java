package com.jobmatch.user.tokens;

import com.jobmatch.common.security.revocation.RevocationFeed;
import com.jobmatch.contract.api.TokenRevocations;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/** user-service reads the revocations from its own table (other instances' included), not over HTTP. */
@ApplicationScoped
public class LocalRevocationFeed implements RevocationFeed {

    private final Revocations revocations;

    public LocalRevocationFeed(Revocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public Optional<TokenRevocations> since(Instant since) {
        return Optional.of(revocations.since(since));
    }
}
