package com.jobmatch.user.tokens;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.user.accounts.ClientInfo;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.config.AccountsConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Client credentials of the other services, from SERVICE_ACCOUNTS ({@code id:secret,...}).
 * Secrets are compared as SHA-256 digests with a constant-time comparison, and an unknown id
 * is compared against a dummy so it takes the same time as a wrong secret.
 */
@ApplicationScoped
public class ServiceAccounts {

    private static final byte[] NO_SECRET = digest("no such service account");

    private final Map<String, byte[]> secretDigests = new HashMap<>();
    private final TokenIssuer issuer;
    private final AuditLog audit;

    public ServiceAccounts(AccountsConfig config, TokenIssuer issuer, AuditLog audit) {
        this.issuer = issuer;
        this.audit = audit;
        for (String entry : config.serviceAccounts().orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalStateException("SERVICE_ACCOUNTS entries must look like service-id:secret");
            }
            secretDigests.put(entry.substring(0, colon).strip(), digest(entry.substring(colon + 1).strip()));
        }
    }

    /** A service token for valid credentials; 401 otherwise. */
    public String issueToken(String serviceId, String secret, ClientInfo client) {
        byte[] expected = secretDigests.getOrDefault(serviceId, NO_SECRET);
        boolean valid = MessageDigest.isEqual(expected, digest(secret)) && secretDigests.containsKey(serviceId);
        if (!valid) {
            audit.record(AuditEvent.Type.SERVICE_TOKEN_REFUSED, null, client, "service " + serviceId);
            throw new ProblemException(401, "Unauthorized", "Unknown service or wrong secret", List.of());
        }
        return issuer.serviceToken(serviceId);
    }

    public long tokenLifetimeSeconds() {
        return issuer.serviceTokenSeconds();
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
