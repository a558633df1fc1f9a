package com.jobmatch.user.tokens;

import com.jobmatch.common.security.Roles;
import com.jobmatch.user.accounts.User;
import com.jobmatch.user.config.JwtConfig;
import com.jobmatch.user.organization.Membership;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Signs the access tokens every service verifies: RS256, pinned issuer, audience per kind of caller. */
@ApplicationScoped
public class TokenIssuer {

    /** The organization of a member (its UUID as a string). */
    public static final String ORGANIZATION_CLAIM = "org";
    /** The member's role there: owner, recruiter or hiring_manager. */
    public static final String ORGANIZATION_ROLE_CLAIM = "org_role";

    private final JwtConfig config;
    private final SigningKeys keys;

    public TokenIssuer(JwtConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    /**
     * A user's access token. Members of an organization also carry {@code org} (its id), {@code org_role} (owner,
     * recruiter or hiring_manager) and the recruiter group, whatever their stored roles: membership makes a recruiter.
     */
    public String userToken(User user, UUID sessionId, Optional<Membership> membership) {
        Instant now = Instant.now();
        Set<String> groups = new HashSet<>(user.roles);
        membership.ifPresent(m -> groups.add(Roles.RECRUITER));
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .audience(config.userAudience())
                .subject(user.id.toString())
                .upn(user.email)
                .claim("email", user.email)
                .groups(groups)
                .claim("jti", UUID.randomUUID().toString())
                .claim("sid", sessionId.toString());
        membership.ifPresent(m -> claims.claim(ORGANIZATION_CLAIM, m.organizationId().toString())
                .claim(ORGANIZATION_ROLE_CLAIM, m.role().value()));
        return claims
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenLifetime()))
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId())
                .sign(keys.privateKey());
    }

    public String serviceToken(String serviceId) {
        Instant now = Instant.now();
        return Jwt.issuer(config.issuer())
                .audience(config.serviceAudience())
                .subject(serviceId)
                .groups(Set.of(Roles.SERVICE))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(config.serviceTokenLifetime()))
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId())
                .sign(keys.privateKey());
    }

    public long accessTokenSeconds() {
        return config.accessTokenLifetime().toSeconds();
    }

    public long serviceTokenSeconds() {
        return config.serviceTokenLifetime().toSeconds();
    }
}
