package com.jobmatch.ai.optimization;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OptimizationTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Test
    void suggestionsSurfaceEvidencedSkillsRewriteWeakBulletsAndReorderSections() {
        UUID user = UUID.randomUUID();
        JsonPath result = optimize(user);
        List<Map<String, String>> suggestions = result.getList("suggestions");
        Map<String, String> sql = byType(suggestions, "SURFACE_SKILL");
        assertEquals("Python, Microsoft Excel", sql.get("before"));
        assertEquals("Python, Microsoft Excel, SQL", sql.get("after"));
        assertTrue(sql.get("why").contains("Nordwind Retail"), sql.get("why"));
        Map<String, String> bullet = byType(suggestions, "REWRITE_BULLET");
        assertEquals("Responsible for building weekly sales dashboards in Python", bullet.get("before"));
        assertEquals("Built weekly sales dashboards in Python", bullet.get("after"));
        assertEquals("work_experience[0].description", bullet.get("field"));
        Map<String, String> reorder = byType(suggestions, "REORDER_SECTIONS");
        assertEquals("Summary, Experience, Education, Skills", reorder.get("before"));
        assertEquals("Summary, Skills, Experience, Education", reorder.get("after"));
        assertTrue(suggestions.stream().noneMatch(s -> s.get("after").contains("machine learning")),
                "a required skill without evidence is never added");
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM optimization_history WHERE user_id = ? AND event = 'GENERATED'", user));
    }

    @Test
    void theOwnerReadsAndDecidesOthersGet404() {
        UUID owner = UUID.randomUUID();
        JsonPath result = optimize(owner);
        String id = result.getString("optimizationId");
        String suggestion = result.getString("suggestions[0].id");
        String ownerToken = "Bearer " + TestTokens.candidate(owner);
        given().header("Authorization", ownerToken).when().get("/api/ai/me/optimizations/" + id)
                .then().statusCode(200).body("optimizationId", equalTo(id));
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID()))
                .when().get("/api/ai/me/optimizations/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("suggestionId", suggestion, "accepted", true))
                .when().post("/api/ai/me/optimizations/" + id + "/decisions").then().statusCode(404);
        given().header("Authorization", ownerToken).contentType(ContentType.JSON)
                .body(Map.of("suggestionId", suggestion, "accepted", true))
                .when().post("/api/ai/me/optimizations/" + id + "/decisions").then().statusCode(200)
                .body("event", equalTo("ACCEPTED"));
        given().header("Authorization", ownerToken).when().get("/api/ai/me/optimization-history")
                .then().statusCode(200).body("items.event", hasItem("ACCEPTED")).body("items.event", hasItem("GENERATED"));
        int events = given().header("Authorization", ownerToken).when().get("/api/ai/me/optimization-history")
                .then().extract().path("total");
        // Paged: the last page of one event holds one, and the total stays the count of every event.
        given().header("Authorization", ownerToken).queryParam("size", 1).queryParam("page", events - 1)
                .when().get("/api/ai/me/optimization-history").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(events - 1)).body("total", equalTo(events));
        given().header("Authorization", ownerToken).when().get("/api/ai/me/optimizations")
                .then().statusCode(200).body("items.optimizationId", hasItem(id)).body("total", equalTo(1));
        given().header("Authorization", ownerToken).queryParam("size", 101).when().get("/api/ai/me/optimizations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().when().get("/api/ai/me/optimizations").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.recruiter(owner)).when().get("/api/ai/me/optimizations").then().statusCode(403);
    }

    @Test
    void badDecisionsAreRejectedAndRecordNothing() {
        UUID owner = UUID.randomUUID();
        String id = optimize(owner).getString("optimizationId");
        String token = "Bearer " + TestTokens.candidate(owner);
        long before = Db.count(dataSource, "SELECT count(*) FROM optimization_history WHERE user_id = ?", owner);
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("suggestionId", "no-such", "accepted", true))
                .when().post("/api/ai/me/optimizations/" + id + "/decisions").then().statusCode(400)
                .body("errors.field", hasItem("suggestionId"));
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("suggestionId", "x"))
                .when().post("/api/ai/me/optimizations/" + id + "/decisions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", token).when().get("/api/ai/me/optimizations/not-a-uuid").then().statusCode(404);
        assertEquals(before, Db.count(dataSource, "SELECT count(*) FROM optimization_history WHERE user_id = ?", owner));
    }

    @Test
    void preferencesShapeTheSuggestions() {
        UUID owner = UUID.randomUUID();
        String token = "Bearer " + TestTokens.candidate(owner);
        given().header("Authorization", token).when().get("/api/ai/me/preferences").then().statusCode(200)
                .body("maxSuggestions", equalTo(10)).body("allowLlm", equalTo(true));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("maxSuggestions", 1, "enabledTypes", List.of("REWRITE_BULLET"), "allowLlm", false))
                .when().put("/api/ai/me/preferences").then().statusCode(200).body("maxSuggestions", equalTo(1));
        List<String> types = optimize(owner).getList("suggestions.type");
        assertEquals(List.of("REWRITE_BULLET"), types);
    }

    @Test
    void badPreferencesAreRejectedAndChangeNothing() {
        UUID owner = UUID.randomUUID();
        String token = "Bearer " + TestTokens.candidate(owner);
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("maxSuggestions", 3, "enabledTypes", List.of("SURFACE_SKILL"), "allowLlm", true))
                .when().put("/api/ai/me/preferences").then().statusCode(200);
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("maxSuggestions", 0, "enabledTypes", List.of("SURFACE_SKILL"), "allowLlm", true),
                Map.<String, Object>of("maxSuggestions", 5, "enabledTypes", List.of("INVENT_FACTS"), "allowLlm", true),
                Map.<String, Object>of("maxSuggestions", 5, "enabledTypes", List.of("SURFACE_SKILL")))) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(bad)
                    .when().put("/api/ai/me/preferences").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }
        given().header("Authorization", token).when().get("/api/ai/me/preferences").then().statusCode(200)
                .body("maxSuggestions", equalTo(3)).body("enabledTypes", equalTo(List.of("SURFACE_SKILL")));
        given().contentType(ContentType.JSON).body(Map.of("maxSuggestions", 3))
                .when().put("/api/ai/me/preferences").then().statusCode(401);
    }

    @Test
    void badOptimizationRequestsAreRejected() {
        long before = Db.count(dataSource, "SELECT count(*) FROM resume_optimizations");
        Map<String, Object> candidate = new HashMap<>(Profiles.candidate(UUID.randomUUID()));
        candidate.remove("userId");
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", candidate, "job", Profiles.job()))
                .when().post("/api/ai/optimizations").then().statusCode(400).body("errors.field", hasItem("candidate.userId"));
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("candidate", Profiles.candidate(UUID.randomUUID()), "job", Profiles.job()))
                .when().post("/api/ai/optimizations").then().statusCode(403);
        assertEquals(before, Db.count(dataSource, "SELECT count(*) FROM resume_optimizations"));
    }

    @Test
    void anLlmRewriteIsKeptOnlyWhenItAddsNothingToTheResume() throws Exception {
        circuitBreakers.resetAll();
        stubRewrite("Built weekly sales dashboards in Python for the sales team");
        UUID user = UUID.randomUUID();
        JsonPath grounded = optimize(user);
        assertEquals("LLM", grounded.getString("source"));
        assertEquals("Built weekly sales dashboards in Python for the sales team",
                byType(grounded.getList("suggestions"), "REWRITE_BULLET").get("after"));
        String prompt = FakeServices.server().findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).getLast().getBodyAsString();
        assertTrue(prompt.contains("rewrite-0-0: Responsible for building weekly sales dashboards in Python"), prompt);

        circuitBreakers.resetAll();
        stubRewrite("Built 12 weekly sales dashboards in Python and Tableau at Google");
        JsonPath invented = optimize(user);
        assertEquals("DETERMINISTIC", invented.getString("source"));
        assertEquals("Built weekly sales dashboards in Python",
                byType(invented.getList("suggestions"), "REWRITE_BULLET").get("after"));
        assertEquals(1, Db.count(dataSource, "SELECT rejected_suggestions FROM resume_optimizations WHERE id = ?",
                UUID.fromString(invented.getString("optimizationId"))));
        FakeServices.stubDefaults();
    }

    private static void stubRewrite(String after) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String content = mapper.writeValueAsString(Map.of("rewrites", List.of(Map.of("id", "rewrite-0-0", "after", after))));
        String body = mapper.writeValueAsString(Map.of(
                "choices", List.of(Map.of("message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 50, "completion_tokens", 20)));
        FakeServices.server().stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static Map<String, String> byType(List<Map<String, String>> suggestions, String type) {
        return suggestions.stream().filter(s -> s.get("type").equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " missing in " + suggestions));
    }

    static JsonPath optimize(UUID userId) {
        return given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", Profiles.candidate(userId), "resumeText", Profiles.RESUME_TEXT, "job", Profiles.job()))
                .when().post("/api/ai/optimizations").then().statusCode(200).extract().jsonPath();
    }
}
