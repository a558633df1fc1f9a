package com.jobmatch.resume.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The services outside this module, faked with one WireMock server: user-service's service-token endpoint,
 * ai-service and matching-service. Also gives the service a fresh storage directory and a fast work queue.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer wireMock() {
        return server;
    }

    /** Stubs every test relies on: a service token, and matching accepting events. */
    public static void resetToDefaults() {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/api/auth/service-token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accessToken\":\"fake-service-token\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}")));
        server.stubFor(post(urlEqualTo("/internal/matching/resume-changed")).willReturn(aResponse().withStatus(204)));
        stubSkills("[]");
    }

    /** ai-service's skill extraction answering with the given JSON array of extracted skills. */
    public static void stubSkills(String skillsJson) {
        server.stubFor(post(urlEqualTo("/api/ai/skills/extract")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"skills\":" + skillsJson + ",\"taxonomyVersion\":\"test\"}")));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        resetToDefaults();
        String url = "http://localhost:" + server.port();
        try {
            String storage = Files.createTempDirectory("resume-storage").toString();
            return Map.ofEntries(
                    Map.entry("quarkus.rest-client.ai.url", url),
                    Map.entry("quarkus.rest-client.matching.url", url),
                    Map.entry("jobmatch.service-auth.user-service-url", url),
                    Map.entry("jobmatch.service-auth.client-id", "resume-service"),
                    Map.entry("jobmatch.service-auth.client-secret", "test-secret"),
                    Map.entry("resume.storage.local-dir", storage),
                    Map.entry("resume.work.poll-every", "1s"),
                    Map.entry("resume.work.backoff", "PT0.3S"),
                    Map.entry("resume.work.max-backoff", "PT1S"),
                    Map.entry("resume.work.lease", "PT30S"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
