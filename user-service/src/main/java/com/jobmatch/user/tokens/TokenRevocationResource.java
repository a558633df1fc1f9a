package com.jobmatch.user.tokens;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.TokenRevocationApi;
import com.jobmatch.contract.api.TokenRevocations;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;

/** The other services read which sessions ended and which accounts were disabled, with their service token. */
public class TokenRevocationResource implements TokenRevocationApi {

    private final Revocations revocations;

    public TokenRevocationResource(Revocations revocations) {
        this.revocations = revocations;
    }

    @Override
    @RolesAllowed(Roles.SERVICE)
    public TokenRevocations since(Instant since) {
        return revocations.since(since);
    }
}
