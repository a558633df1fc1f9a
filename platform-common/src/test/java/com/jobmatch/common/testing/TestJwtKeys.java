package com.jobmatch.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Gives a service under test a freshly generated RS256 key pair instead of user-service's JWKS:
 * the public key is written to a temporary PEM file the service verifies against, and
 * {@link TestTokens} signs with the private key. Nothing is committed.
 * Use with {@code @QuarkusTestResource(TestJwtKeys.class)} (or {@code @WithTestResource}).
 */
public class TestJwtKeys implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://jobmatch.local/auth";
    public static final String USER_AUDIENCE = "jobmatch-api";
    public static final String SERVICE_AUDIENCE = "jobmatch-services";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    static KeyPair keys() {
        return KEYS;
    }

    /** A key pair the service does not trust, for tampered-signature tests. */
    static KeyPair untrustedKeys() {
        return OTHER_KEYS;
    }

    /** The trusted public key as PEM. */
    public static String publicKeyPem() {
        return pem("PUBLIC KEY", KEYS.getPublic().getEncoded());
    }

    /** The trusted private key as PKCS#8 PEM, for user-service, which signs tokens itself. */
    public static String privateKeyPem() {
        return pem("PRIVATE KEY", KEYS.getPrivate().getEncoded());
    }

    /** The untrusted public key as PEM, e.g. to stand for a rotated-in key. */
    public static String untrustedPublicKeyPem() {
        return pem("PUBLIC KEY", OTHER_KEYS.getPublic().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    @Override
    public Map<String, String> start() {
        try {
            Path pem = Files.createTempFile("jobmatch-test-jwt", ".pem");
            pem.toFile().deleteOnExit();
            Files.writeString(pem, publicKeyPem());
            return Map.of(
                    "mp.jwt.verify.publickey.location", pem.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER,
                    "mp.jwt.verify.audiences", USER_AUDIENCE + "," + SERVICE_AUDIENCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
