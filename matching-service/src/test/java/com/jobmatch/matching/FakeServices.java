package com.jobmatch.matching;

import com.github.tomakehurst.wiremock.http.Fault;
import com.jobmatch.common.testing.FakeServicesBase;

import java.util.Map;
import java.util.StringJoiner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Everything outside matching-service, faked on one WireMock server: user-service (service tokens), ai-service
 * (skills and embeddings), resume-service (careers) and a job feed. Tests reach it through {@link #server()}.
 */
public class FakeServices extends FakeServicesBase {

    public static final String FEED_PATH = "/feed";
    @Override
    protected String serviceId() {
        return "matching-service";
    }

    @Override
    protected Map<String, String> configure(String base) {
        aiUp();
        return Map.of(
                "quarkus.rest-client.ai.url", base,
                "quarkus.rest-client.resume.url", base,
                "quarkus.rest-client.user.url", base,
                "jobmatch.matching.collector.sources.fake.url", base + FEED_PATH,
                "jobmatch.matching.collector.sources.fake.page-size", "2",
                "jobmatch.matching.collector.sources.fake.min-interval", "PT0.01S");
    }

    /**
     * ai-service answers: every job text mentions Python and SQL; every text sent for embedding gets the same
     * 384-dimensional vector (one per text, as the real service answers).
     */
    public static void aiUp() {
        server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract")).willReturn(okJson("""
                {"taxonomyVersion":"test","skills":[
                  {"skillId":"python-computer-programming","name":"Python (computer programming)","category":"knowledge",
                   "matchedText":"Python","start":0,"end":6,"confidence":0.9,"method":"alias"},
                  {"skillId":"sql","name":"SQL","category":"knowledge","matchedText":"SQL","start":0,"end":3,
                   "confidence":0.8,"method":"alias"}]}""")));
        StringJoiner vector = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 384; i++) {
            vector.add(Double.toString((i % 7) / 7.0));
        }
        server().stubFor(post(urlPathEqualTo("/api/ai/embeddings")).willReturn(okJson("""
                {"model":"fake-minilm","dimension":384,"vectors":[{{#each (jsonPath request.body '$.texts') as |text|}}\
                {{#unless @first}},{{/unless}}%s{{/each}}]}""".formatted(vector)).withTransformers("response-template")));
    }

    /** ai-service is unreachable: every call has its connection reset. */
    public static void aiDown() {
        server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server().stubFor(post(urlPathEqualTo("/api/ai/embeddings")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }
}
