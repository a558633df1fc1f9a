package com.jobmatch.matching;

import com.github.tomakehurst.wiremock.http.Fault;
import com.jobmatch.common.testing.FakeServicesBase;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Everything outside matching-service, faked on one WireMock server: user-service (service tokens), ai-service
 * (skills and embeddings), resume-service (careers), and every kind of job source (feeds, ATS board APIs, career
 * pages), each under its own path. Tests reach it through {@link #server()}.
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
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.rest-client.ai.url", base,
                "quarkus.rest-client.resume.url", base,
                "quarkus.rest-client.user.url", base));
        // Job sources reach the fake by its IPv4 loopback address (the one address the tests' AddressPolicy allows).
        String loopback = base.replace("localhost", "127.0.0.1");
        source(config, "fake", "jobmatch-feed", loopback + FEED_PATH, null);
        config.put("jobmatch.sources.fake.page-size", "2");
        source(config, "ats", "ats-feed", loopback + "/ats/active-ats-1h", null);
        config.put("jobmatch.sources.ats.api-key-env", "TEST_ATS_KEY");
        config.put("jobmatch.sources.ats.headers.x-rapidapi-host", "active-jobs-db.p.rapidapi.com");
        config.put("jobmatch.sources.ats.filters.location_filter", "Germany");
        config.put("jobmatch.sources.ats.page-size", "2");
        config.put("jobmatch.sources.ats.max-pages", "3");
        config.put("TEST_ATS_KEY", "good-key");
        source(config, "ats-expired", "ats-feed", loopback + "/ats/active-ats-1h", null);
        config.put("jobmatch.sources.ats-expired.api-key-env", "TEST_ATS_EXPIRED_KEY");
        config.put("TEST_ATS_EXPIRED_KEY", "expired-key");
        source(config, "ats-unset", "ats-feed", loopback + "/ats/active-ats-1h", null);
        config.put("jobmatch.sources.ats-unset.api-key-env", "TEST_ATS_KEY_NOBODY_SET");
        source(config, "greenhouse-acme", "greenhouse", loopback + "/gh", "acme");
        source(config, "lever-acme", "lever", loopback + "/lever", "acme");
        config.put("jobmatch.sources.lever-acme.page-size", "2");
        config.put("jobmatch.sources.lever-acme.company", "Acme Lever");
        source(config, "smartrecruiters-acme", "smartrecruiters", loopback + "/sr", "acme");
        config.put("jobmatch.sources.smartrecruiters-acme.page-size", "2");
        source(config, "ashby-acme", "ashby", loopback + "/ashby", "acme");
        source(config, "workable-acme", "workable", loopback + "/workable", "acme");
        source(config, "careers", "json-ld", loopback + "/careers/sitemap.xml", null);
        config.put("jobmatch.sources.careers.company", "Acme Careers");
        return config;
    }

    private static void source(Map<String, String> config, String name, String kind, String url, String board) {
        config.put("jobmatch.sources." + name + ".kind", kind);
        config.put("jobmatch.sources." + name + ".url", url);
        config.put("jobmatch.sources." + name + ".min-interval", "PT0.01S");
        if (board != null) {
            config.put("jobmatch.sources." + name + ".board", board);
        }
    }

    private static final String PYTHON_AND_SQL = """
            [{"skillId":"python-computer-programming","name":"Python (computer programming)","category":"knowledge",
              "matchedText":"Python","start":0,"end":6,"confidence":0.9,"method":"alias"},
             {"skillId":"sql","name":"SQL","category":"knowledge","matchedText":"SQL","start":0,"end":3,
              "confidence":0.8,"method":"alias"}]""";

    /** ai-service's reading of a listed "Forklift Operation" (a skills list, kind SKILLS). */
    private static final String FORKLIFT = """
            {"skillId":"operate-forklift","name":"operate forklift","category":"cross-sector",
             "matchedText":"Forklift Operation","start":0,"end":18,"confidence":0.91,"method":"EMBEDDING","link":"NAMED"}""";

    /**
     * ai-service answers: every job text mentions Python and SQL (read one by one or in a batch); a skills list (kind
     * SKILLS) is read as naming operate forklift where it lists "Forklift Operation", and nothing else; every text sent
     * for embedding gets the same 384-dimensional vector (one per text, as the real service answers).
     */
    public static void aiUp() {
        server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract")).willReturn(okJson("""
                {"taxonomyVersion":"test","skills":%s}""".formatted(PYTHON_AND_SQL))));
        server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract/batch")).willReturn(okJson("""
                {"results":[{{#each (jsonPath request.body '$.items') as |item|}}{{#unless @first}},{{/unless}}\
                {{#eq item.kind 'SKILLS'}}{"taxonomyVersion":"test","skills":[{{#contains item.text 'Forklift Operation'}}%s{{/contains}}]}\
                {{else}}{"taxonomyVersion":"test","skills":%s}{{/eq}}{{/each}}]}""".formatted(FORKLIFT, PYTHON_AND_SQL))
                .withTransformers("response-template")));
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
        server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract/batch")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server().stubFor(post(urlPathEqualTo("/api/ai/embeddings")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }
}
