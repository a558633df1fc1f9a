package com.jobmatch.matching.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * user-service, resume-service and ai-service faked by one WireMock server (they are outside this module).
 * Tests stub the answers they need through {@link #server()}; the service-token endpoint is always stubbed.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        stubServiceToken();
        String url = server.baseUrl();
        return Map.of(
                "quarkus.rest-client.user.url", url,
                "quarkus.rest-client.resume.url", url,
                "quarkus.rest-client.ai.url", url,
                "jobmatch.service-auth.user-service-url", url);
    }

    public static void reset() {
        server.resetAll();
        stubServiceToken();
    }

    private static void stubServiceToken() {
        server.stubFor(post(urlEqualTo("/api/auth/service-token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accessToken\":\"service-token\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
