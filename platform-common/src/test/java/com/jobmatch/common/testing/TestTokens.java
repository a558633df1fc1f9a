package com.jobmatch.common.testing;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.PrivateKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Signs tokens like user-service does, plus the broken ones authorization tests need. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String candidate(UUID userId) {
        return user(userId, "candidate");
    }

    public static String recruiter(UUID userId) {
        return user(userId, "recruiter");
    }

    /** A member of an organization, as user-service issues it: group recruiter, claims {@code org} and {@code org_role}. */
    public static String orgMember(UUID userId, UUID organizationId, String orgRole) {
        return sign(claims(userId.toString(), TestJwtKeys.USER_AUDIENCE, "recruiter")
                .claim("org", organizationId.toString()).claim("org_role", orgRole), TestJwtKeys.keys().getPrivate());
    }

    public static String admin(UUID userId) {
        return user(userId, "admin");
    }

    public static String user(UUID userId, String... roles) {
        return sign(claims(userId.toString(), TestJwtKeys.USER_AUDIENCE, roles), TestJwtKeys.keys().getPrivate());
    }

    /** A candidate's token of one session ({@code sid}), as user-service issues them at login. */
    public static String candidateInSession(UUID userId, UUID sessionId) {
        return sign(claims(userId.toString(), TestJwtKeys.USER_AUDIENCE, "candidate").claim("sid", sessionId.toString()),
                TestJwtKeys.keys().getPrivate());
    }

    /** A candidate's token issued at {@code issuedAt} (and valid for 15 minutes from then). */
    public static String candidateIssuedAt(UUID userId, Instant issuedAt) {
        return sign(claims(userId.toString(), TestJwtKeys.USER_AUDIENCE, "candidate")
                .issuedAt(issuedAt).expiresAt(issuedAt.plusSeconds(900)), TestJwtKeys.keys().getPrivate());
    }

    public static String service(String serviceId) {
        return sign(claims(serviceId, TestJwtKeys.SERVICE_AUDIENCE, "service"), TestJwtKeys.keys().getPrivate());
    }

    public static String expired(UUID userId) {
        return sign(claims(userId.toString(), TestJwtKeys.USER_AUDIENCE, "candidate")
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800)), TestJwtKeys.keys().getPrivate());
    }

    public static String wrongIssuer(UUID userId) {
        return sign(claims(userId.toString(), TestJwtKeys.USER_AUDIENCE, "candidate")
                .issuer("https://evil.example/auth"), TestJwtKeys.keys().getPrivate());
    }

    public static String wrongAudience(UUID userId) {
        return sign(claims(userId.toString(), "some-other-api", "candidate"), TestJwtKeys.keys().getPrivate());
    }

    public static String signedByUntrustedKey(UUID userId) {
        return sign(claims(userId.toString(), TestJwtKeys.USER_AUDIENCE, "candidate"), TestJwtKeys.untrustedKeys().getPrivate());
    }

    /** A valid token whose payload was edited afterwards (roles raised to admin): the signature no longer matches. */
    public static String tampered(UUID userId) {
        String[] parts = candidate(userId).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"candidate\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** An unsigned token ({@code alg: none}), which must never be accepted. */
    public static String algNone(UUID userId) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String[] parts = candidate(userId).split("\\.");
        return header + "." + parts[1] + ".";
    }

    private static JwtClaimsBuilder claims(String subject, String audience, String... roles) {
        return Jwt.issuer(TestJwtKeys.ISSUER)
                .audience(audience)
                .subject(subject)
                .groups(Set.of(roles))
                .claim("jti", UUID.randomUUID().toString())
                .claim("sid", UUID.randomUUID().toString())
                .expiresIn(900);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).keyId("test").sign(key);
    }
}
