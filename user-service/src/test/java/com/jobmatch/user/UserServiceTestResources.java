package com.jobmatch.user;

import com.jobmatch.common.testing.TestJwtKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What user-service needs besides TestJwtKeys' trusted public key: the matching private key (so
 * the tokens it signs verify like TestTokens'), a second public key standing for a rotated key,
 * service accounts, a bootstrap admin, and the SMTP fake that receives the mail. Key files are
 * temporary, never committed.
 */
public class UserServiceTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String MATCHING_SECRET = "matching-test-secret-0123456789";
    public static final String ADMIN_EMAIL = "admin@jobmatch.test";
    public static final String ADMIN_PASSWORD = "Bootstrap-Admin-Pass-42";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(SmtpFake.start());
        config.putAll(Map.of(
                "jobmatch.jwt.private-key-location", write("private", TestJwtKeys.privateKeyPem()),
                "jobmatch.jwt.public-key-location", write("public", TestJwtKeys.publicKeyPem()),
                "jobmatch.jwt.additional-public-keys", write("rotated", TestJwtKeys.untrustedPublicKeyPem()),
                "jobmatch.accounts.service-accounts", "matching-service:" + MATCHING_SECRET + ",ai-service:ai-test-secret",
                "jobmatch.accounts.bootstrap-admin-email", ADMIN_EMAIL,
                "jobmatch.accounts.bootstrap-admin-password", ADMIN_PASSWORD));
        return config;
    }

    @Override
    public void stop() {
    }

    private static String write(String name, String pem) {
        try {
            Path file = Files.createTempFile("user-service-test-" + name, ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, pem);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
