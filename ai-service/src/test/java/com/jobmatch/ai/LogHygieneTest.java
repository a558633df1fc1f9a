package com.jobmatch.ai;

import com.jobmatch.ai.analysis.ResumeAnalysisTest;
import com.jobmatch.ai.embeddings.EmbeddingsTest;
import com.jobmatch.ai.skills.SkillExtractionTest;
import com.jobmatch.ai.testing.Profiles;
import com.jobmatch.common.testing.LogCapture;
import com.jobmatch.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Logs carry ids, never document content or tokens (issue 21): a resume and a posting holding a unique marker go
 * through skill extraction, embedding, resume analysis and job-match analysis while every log record of the process
 * is captured, and none holds the marker or the bearer token. Client mistakes (400, 401, 403, 404, 415) log no
 * stack trace.
 */
@QuarkusTest
class LogHygieneTest {

    @Test
    void textsGoThroughExtractionEmbeddingAndAnalysisWithoutTheirContentInTheLog() {
        String marker = "Mrk" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String resume = Profiles.RESUME_TEXT + "\nProjects\nBuilt the " + marker + " forecasting tool in Python and "
                + marker + "QL.\n";
        try (LogCapture log = LogCapture.start()) {
            SkillExtractionTest.extract(resume, "RESUME");
            SkillExtractionTest.extract("Senior " + marker + " engineer: Python, SQL and Kubernetes.", "JOB");
            given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                    .body(Map.of("texts", List.of(resume, "Welder " + marker), "sourceType", "RESUME",
                            "sourceIds", List.of("log-" + marker, "log2-" + marker)))
                    .when().post("/api/ai/embeddings").then().statusCode(200);
            Map<String, Object> candidate = new HashMap<>(Profiles.candidate(UUID.randomUUID()));
            candidate.put("summary", "Analyst of " + marker + " data.");
            ResumeAnalysisTest.analyze(candidate, resume);
            given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                    .body(Map.of("candidate", candidate, "job", Profiles.job(), "match", Profiles.match()))
                    .when().post("/api/ai/analysis/job-match").then().statusCode(200);

            log.assertNoneContains(marker, EmbeddingsTest.SERVICE.substring("Bearer ".length()));
        }
    }

    @Test
    void clientMistakesLogNoStackTrace() {
        String candidate = TestTokens.candidate(UUID.randomUUID());
        try (LogCapture log = LogCapture.start()) {
            // 400: malformed JSON, missing fields, a NUL character, no body, a batch over the limit
            given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON).body("{\"texts\": [")
                    .post("/api/ai/embeddings").then().statusCode(400);
            given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON).body(Map.of("kind", "JOB"))
                    .post("/api/ai/skills/extract").then().statusCode(400);
            given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                    .body("{\"text\": \"a\\u0000b\", \"kind\": \"JOB\"}").post("/api/ai/skills/extract").then().statusCode(400);
            given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                    .post("/api/ai/analysis/resume").then().statusCode(400);
            given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                    .body(Map.of("texts", java.util.Collections.nCopies(65, "too many")))
                    .post("/api/ai/embeddings").then().statusCode(400);
            // 401, 403
            given().contentType(ContentType.JSON).body(Map.of("texts", List.of("x"))).post("/api/ai/embeddings")
                    .then().statusCode(401);
            given().header("Authorization", "Bearer " + TestTokens.tampered(UUID.randomUUID())).get("/api/ai/me/preferences")
                    .then().statusCode(401);
            given().header("Authorization", "Bearer " + candidate).contentType(ContentType.JSON)
                    .body(Map.of("texts", List.of("x"))).post("/api/ai/embeddings").then().statusCode(403);
            // 404: someone's optimization that does not exist, an unknown path
            given().header("Authorization", "Bearer " + candidate).get("/api/ai/me/optimizations/" + UUID.randomUUID())
                    .then().statusCode(404);
            given().header("Authorization", "Bearer " + candidate).get("/api/ai/nothing-here").then().statusCode(404);
            // 415
            given().header("Authorization", EmbeddingsTest.SERVICE).contentType("text/plain").body("x")
                    .post("/api/ai/embeddings").then().statusCode(415);

            log.assertNoStackTraces();
            log.assertNoneContains(candidate);
        }
    }
}
