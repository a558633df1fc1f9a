package com.jobmatch.user.domain;

import com.jobmatch.common.security.Roles;
import com.jobmatch.user.config.JwtConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Signs the access tokens every service verifies: RS256, pinned issuer, audience per kind of caller. */
@ApplicationScoped
public class TokenIssuer {

    private final JwtConfig config;
    private final SigningKeys keys;

    public TokenIssuer(JwtConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    public String userToken(User user, UUID sessionId) {
        Instant now = Instant.now();
        return Jwt.issuer(config.issuer())
                .audience(config.userAudience())
                .subject(user.id.toString())
                .upn(user.email)
                .claim("email", user.email)
                .groups(Set.copyOf(user.roles))
                .claim("jti", UUID.randomUUID().toString())
                .claim("sid", sessionId.toString())
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
