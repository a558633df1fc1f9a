package com.jobmatch.resume.testing;

import com.jobmatch.common.testing.FakeServicesBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The services outside this module, faked with one WireMock server: user-service's service-token endpoint,
 * ai-service and matching-service. Also gives the service a fresh storage directory and a fast work queue.
 */
public class FakeServices extends FakeServicesBase {

    /** Stubs every test relies on: a service token, and matching accepting events. */
    public static void resetToDefaults() {
        server().resetAll();
        stubServiceToken();
        stubNoRevocations();
        server().stubFor(post(urlEqualTo("/internal/matching/resume-changed")).willReturn(aResponse().withStatus(204)));
        stubSkills("[]");
    }

    /** ai-service's skill extraction answering with the given JSON array of extracted skills. */
    public static void stubSkills(String skillsJson) {
        server().stubFor(post(urlEqualTo("/api/ai/skills/extract")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"skills\":" + skillsJson + ",\"taxonomyVersion\":\"test\"}")));
    }

    @Override
    protected String serviceId() {
        return "resume-service";
    }

    @Override
    protected Map<String, String> configure(String url) {
        resetToDefaults();
        try {
            String storage = Files.createTempDirectory("resume-storage").toString();
            return Map.ofEntries(
                    Map.entry("quarkus.rest-client.ai.url", url),
                    Map.entry("quarkus.rest-client.matching.url", url),
                    Map.entry("resume.storage.local-dir", storage),
                    Map.entry("resume.work.poll-every", "1s"),
                    Map.entry("resume.work.backoff", "PT0.3S"),
                    // Long enough that a step's 8 attempts outlast a client's circuit breaker (open 10 s): with one
                    // worker per core, a resume's steps fail side by side and open it sooner than one worker did.
                    Map.entry("resume.work.max-backoff", "PT5S"),
                    Map.entry("resume.work.lease", "PT30S"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
