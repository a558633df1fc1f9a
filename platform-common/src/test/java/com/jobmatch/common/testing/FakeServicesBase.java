package com.jobmatch.common.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The other services of the suite, faked on one WireMock server for a service under test. Subclasses say
 * which of their REST clients point at it and add the stubs every test relies on; this class owns the
 * server's life and the client-credentials setup, so a service that calls others gets a service token from
 * the fake user-service.
 */
public abstract class FakeServicesBase implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /**
     * Adds the module's default stubs and returns the configuration pointing the service at the fake
     * ({@code baseUrl} has no trailing slash). Runs after the service-token stub is in place.
     */
    protected abstract Map<String, String> configure(String baseUrl);

    /** The service id this service authenticates as, or null when it calls nothing that needs a token. */
    protected String serviceId() {
        return null;
    }

    /** user-service's client-credentials endpoint answering with a long-lived token. */
    public static void stubServiceToken() {
        server.stubFor(post(urlPathEqualTo("/api/auth/service-token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accessToken\":\"fake-service-token\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}")));
    }

    /** user-service's token revocation feed with nothing revoked (platform-common's RevokedTokens reads it every few seconds). */
    public static void stubNoRevocations() {
        stubRevocations("[]", "[]");
    }

    /** The revocation feed answering these JSON arrays of {@code {"id", "revokedAt"}} entries. */
    public static void stubRevocations(String sessionsJson, String usersJson) {
        server.stubFor(get(urlPathEqualTo("/internal/token-revocations")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"asOf\":\"" + Instant.now() + "\",\"retainSeconds\":960,\"sessions\":" + sessionsJson
                        + ",\"users\":" + usersJson + "}")));
    }

    @Override
    public final Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        if (serviceId() != null) {
            stubServiceToken();
            stubNoRevocations();
        }
        Map<String, String> config = new HashMap<>(configure(server.baseUrl()));
        if (serviceId() != null) {
            config.put("jobmatch.service-auth.user-service-url", server.baseUrl());
            config.put("jobmatch.service-auth.client-id", serviceId());
            config.put("jobmatch.service-auth.client-secret", "test-only-secret");
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
