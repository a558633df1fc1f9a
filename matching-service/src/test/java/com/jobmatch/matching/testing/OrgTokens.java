package com.jobmatch.matching.testing;

import com.jobmatch.common.testing.TestJwtKeys;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Tokens of organization members as user-service issues them (the interface agreed for issue 20): the group
 * {@code recruiter} and the claims {@code org} (the organization's UUID) and {@code org_role} (owner, recruiter,
 * hiring_manager), signed with the test key the service trusts.
 */
public final class OrgTokens {

    private static final PrivateKey KEY = privateKey();

    private OrgTokens() {
    }

    public static String member(UUID userId, UUID organization, String role) {
        return Jwt.issuer(TestJwtKeys.ISSUER).audience(TestJwtKeys.USER_AUDIENCE).subject(userId.toString())
                .groups(Set.of("recruiter")).claim("org", organization.toString()).claim("org_role", role)
                .claim("jti", UUID.randomUUID().toString()).claim("sid", UUID.randomUUID().toString())
                .expiresIn(900).jws().algorithm(SignatureAlgorithm.RS256).keyId("test").sign(KEY);
    }

    public static String recruiter(UUID userId, UUID organization) {
        return member(userId, organization, "recruiter");
    }

    public static String owner(UUID userId, UUID organization) {
        return member(userId, organization, "owner");
    }

    public static String hiringManager(UUID userId, UUID organization) {
        return member(userId, organization, "hiring_manager");
    }

    private static PrivateKey privateKey() {
        try {
            String pem = TestJwtKeys.privateKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
