package com.jobmatch.ai.analysis;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jobmatch.ai.embeddings.EmbeddingsTest;
import com.jobmatch.ai.testing.Db;
import com.jobmatch.ai.testing.FakeServices;
import com.jobmatch.ai.testing.Profiles;
import com.jobmatch.common.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class JobMatchAnalysisTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void freshFakes() {
        FakeServices.stubDefaults();
        circuitBreakers.resetAll();
    }

    @AfterEach
    void restore() {
        FakeServices.stubDefaults();
    }

    @Test
    void theStructuredAnalysisCountsRequiredSkillsAndComparesExperience() {
        JsonPath analysis = analyze(UUID.randomUUID());
        assertEquals(2, analysis.getInt("requiredSkillsMatched"));
        assertEquals(3, analysis.getInt("requiredSkillsTotal"));
        assertEquals(66.7, analysis.getDouble("skillMatchPercentage"), 1e-9);
        assertEquals(List.of("Python", "SQL"), analysis.getList("matchingSkills"));
        assertEquals(List.of("machine learning"), analysis.getList("missingSkills"));
        assertEquals(List.of("Microsoft Excel"), analysis.getList("extraSkills"));
        assertEquals("Yes (Retail)", analysis.getString("industryAlignment"));
        assertEquals("Candidate has 5 years, job requires 3-7 years (within range)", analysis.getString("experienceComparison"));
    }

    @Test
    void anLlmNarrativeUsesOnlyTheAnalysisAndNeverSeesPersonalData() {
        stubChat("{\\\"narrative\\\": \\\"[NAME_1], you have 2 of 3 required skills (Python, SQL); machine learning is missing.\\\", \\\"score\\\": 78}");
        UUID user = UUID.randomUUID();
        JsonPath analysis = analyze(user);
        assertEquals("LLM", analysis.getString("narrativeSource"));
        assertEquals(78.0, analysis.getDouble("llmScore"), 1e-9);
        assertTrue(analysis.getString("narrative").startsWith("Dana Miller, you have 2 of 3"), analysis.getString("narrative"));
        String prompt = FakeServices.server().findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).getFirst().getBodyAsString();
        assertFalse(prompt.contains("Dana"), "the name is masked in the prompt");
        assertFalse(prompt.contains("example.org"), "no email in the prompt");
        assertTrue(prompt.contains("[NAME_1]"));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM ai_processing_sessions WHERE user_id = ? AND operation = 'JOB_MATCH_NARRATIVE' AND status = 'SUCCEEDED' AND input_tokens = 120 AND output_tokens = 40 AND abs(cost_usd - 0.12) < 1e-9", user));
        assertTrue(Db.count(dataSource, "SELECT count(*) FROM model_performance_history p JOIN ai_models m ON m.id = p.model_id WHERE m.name = 'fake-chat-model' AND p.calls >= 1") >= 1);
    }

    @Test
    void anInventedReasonIsRejected() {
        stubChat("{\\\"narrative\\\": \\\"You led 12 engineers at Google and know Kubernetes well.\\\", \\\"score\\\": 95}");
        UUID user = UUID.randomUUID();
        JsonPath analysis = analyze(user);
        assertEquals("DETERMINISTIC", analysis.getString("narrativeSource"));
        assertNull(analysis.get("llmScore"));
        assertTrue(analysis.getString("narrative").startsWith("The candidate has 2 of 3 required skills"));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM ai_processing_sessions WHERE user_id = ? AND status = 'FALLBACK'", user));
    }

    @Test
    void timeoutsServerErrorsAndMalformedAnswersFallBackToTheDeterministicNarrative() {
        FakeServices.server().stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withFixedDelay(4000).withHeader("Content-Type", "application/json").withBody(chat("{}"))));
        assertDeterministic();
        FakeServices.server().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(503)));
        assertDeterministic();
        FakeServices.server().stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"choices\": [ {\"mess")));
        assertDeterministic();
        stubChat("this is not json");
        assertDeterministic();
    }

    @Test
    void analysesAreKeptForTheirOwnerOnly() {
        UUID owner = UUID.randomUUID();
        String id = analyze(owner).getString("analysisId");
        given().header("Authorization", "Bearer " + TestTokens.candidate(owner)).when().get("/api/ai/me/job-match-analyses")
                .then().statusCode(200).body("items.analysisId", hasItem(id)).body("total", equalTo(1))
                .body("page", equalTo(0)).body("size", equalTo(20));
        List<String> others = given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID()))
                .when().get("/api/ai/me/job-match-analyses").then().statusCode(200).extract().jsonPath().getList("items.analysisId");
        assertFalse(others.contains(id));
        given().when().get("/api/ai/me/job-match-analyses").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.service("matching-service"))
                .when().get("/api/ai/me/job-match-analyses").then().statusCode(403);
    }

    @Test
    void theSkillVerdictIsTheMatchersAndARelatedSkillIsNotTheSkillAskedFor() {
        // matching-service found SQL only through a related skill: it stays missing, as in the match's gaps.
        Map<String, Object> match = new HashMap<>(Profiles.match());
        match.put("matchedSkills", List.of(
                Map.of("skillId", "sk-python", "name", "Python", "matchType", "EXACT", "similarity", 1.0,
                        "required", true, "candidateSkillId", "sk-python"),
                Map.of("skillId", "sk-sql", "name", "SQL", "matchType", "SIMILAR", "similarity", 0.5,
                        "required", true, "candidateSkillId", "sk-excel")));
        JsonPath analysis = given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", Profiles.candidate(UUID.randomUUID()), "job", Profiles.job(), "match", match))
                .when().post("/api/ai/analysis/job-match").then().statusCode(200).extract().jsonPath();
        assertEquals(1, analysis.getInt("requiredSkillsMatched"));
        assertEquals(3, analysis.getInt("requiredSkillsTotal"));
        assertEquals(List.of("Python"), analysis.getList("matchingSkills"));
        assertEquals(List.of("SQL", "machine learning"), analysis.getList("missingSkills"));
    }

    @Test
    void badInputIsRejectedAndStoresNothing() {
        long before = Db.count(dataSource, "SELECT count(*) FROM job_match_analyses");
        Map<String, Object> candidate = new HashMap<>(Profiles.candidate(UUID.randomUUID()));
        candidate.remove("userId");
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", candidate, "job", Profiles.job(), "match", Profiles.match()))
                .when().post("/api/ai/analysis/job-match").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("candidate.userId"));
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", Profiles.candidate(UUID.randomUUID())))
                .when().post("/api/ai/analysis/job-match").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field.toString()", org.hamcrest.Matchers.containsString("job"));
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", Profiles.candidate(UUID.randomUUID()), "job", Profiles.job()))
                .when().post("/api/ai/analysis/job-match").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("match"));
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("candidate", Profiles.candidate(UUID.randomUUID()), "job", Profiles.job(), "match", Profiles.match()))
                .when().post("/api/ai/analysis/job-match").then().statusCode(403);
        assertEquals(before, Db.count(dataSource, "SELECT count(*) FROM job_match_analyses"));
    }

    private void assertDeterministic() {
        circuitBreakers.resetAll();
        JsonPath analysis = analyze(UUID.randomUUID());
        assertEquals("DETERMINISTIC", analysis.getString("narrativeSource"));
        assertEquals(66.7, analysis.getDouble("skillMatchPercentage"), 1e-9);
    }

    private static void stubChat(String content) {
        FakeServices.server().stubFor(post(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(WireMock.matchingJsonPath("$.model", WireMock.equalTo(FakeServices.LLM_MODEL)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(chat(content))));
    }

    private static String chat(String content) {
        return "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"" + content + "\"}}],"
                + " \"usage\": {\"prompt_tokens\": 120, \"completion_tokens\": 40}}";
    }

    static JsonPath analyze(UUID userId) {
        return given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", Profiles.candidate(userId), "job", Profiles.job(), "match", Profiles.match()))
                .when().post("/api/ai/analysis/job-match").then().statusCode(200).extract().jsonPath();
    }
}
