package com.jobmatch.ai.testing;

import com.jobmatch.common.testing.FakeServicesBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The services outside this module, faked by one WireMock server: user-service (service tokens),
 * matching-service (a small hand-written taxonomy) and an OpenAI-compatible chat model whose answers each
 * test sets. Shared by every test class so the application boots once.
 */
public class FakeServices extends FakeServicesBase {

    public static final String LLM_MODEL = "fake-chat-model";

    @Override
    protected String serviceId() {
        return "ai-service";
    }

    @Override
    protected Map<String, String> configure(String base) {
        stubDefaults();
        return Map.of(
                "quarkus.rest-client.taxonomy.url", base,
                "quarkus.rest-client.llm.url", base + "/v1",
                "jobmatch.ai.llm.model", LLM_MODEL,
                "jobmatch.ai.llm.cost-per-thousand-input-tokens", "0.5",
                "jobmatch.ai.llm.cost-per-thousand-output-tokens", "1.5");
    }

    /** Token and taxonomy stubs; chat answers are left to each test. */
    public static void stubDefaults() {
        server().resetAll();
        server().stubFor(post(urlEqualTo("/api/auth/service-token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accessToken\":\"service-token\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}")));
        stubNoRevocations();
        server().stubFor(get(urlEqualTo("/api/taxonomy/export")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(fixture("fixtures/taxonomy.json"))));
    }

    public static String fixture(String path) {
        try (InputStream in = FakeServices.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
