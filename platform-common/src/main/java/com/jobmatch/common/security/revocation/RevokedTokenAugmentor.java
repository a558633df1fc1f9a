package com.jobmatch.common.security.revocation;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token that is on the revocation list is no identity: the request is answered 401 like one with an
 * expired token. Runs wherever a bearer token is authenticated, so every endpoint of the service is covered.
 */
@ApplicationScoped
public class RevokedTokenAugmentor implements SecurityIdentityAugmentor {

    private final RevokedTokens revoked;

    public RevokedTokenAugmentor(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token && revoked.refuses(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token's session has ended"));
        }
        return Uni.createFrom().item(identity);
    }
}
