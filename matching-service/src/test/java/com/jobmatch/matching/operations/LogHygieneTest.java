package com.jobmatch.matching.operations;

import com.jobmatch.common.testing.LogCapture;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import com.jobmatch.matching.enrichment.EnrichmentWorker;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Logs carry ids, never document content or tokens (issue 21): postings holding a unique marker are imported
 * (JSON and CSV, one CSV row refused); one fails enrichment while ai-service is down and is enriched once it is back,
 * while every log record of the process is captured; none holds the marker or the bearer token. Client mistakes
 * (400, 401, 403, 404, 409, 415) log no stack trace.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class LogHygieneTest {

    @Inject
    EnrichmentWorker worker;

    @Inject
    AgroalDataSource db;

    private final String admin = TestTokens.admin(UUID.randomUUID());

    @AfterEach
    void aiBackUp() {
        FakeServices.aiUp();
    }

    @Test
    void postingsGoThroughImportAndEnrichmentWithoutTheirContentInTheLog() {
        String marker = "Mrk" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String p = TestJobs.uniquePrefix();
        try (LogCapture log = LogCapture.start()) {
            FakeServices.aiDown();
            given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                    .body(TestJobs.array(TestJobs.posting(p + "1", "Welder " + marker, "Steel " + marker, marker + " pipelines"),
                            TestJobs.posting(p + "2", "Fitter " + marker, "Pipes " + marker, "Fitting " + marker)))
                    .post("/api/jobs/imports").then().statusCode(201);
            given().header("Authorization", "Bearer " + admin).contentType("text/csv")
                    .body("Job Title,Salary Estimate,Job Description,Company Name,Location\n"
                            + "Rigger " + marker + ",$50K-$70K,Rigging " + marker + ",Lift " + marker + ",Berlin\n"
                            + "Crane " + marker + ",lots-" + marker + ",Lifting " + marker + ",Hoist " + marker + ",Berlin\n")
                    .post("/api/jobs/imports?preset=glassdoor-2019&source=" + p + "csv").then().statusCode(201);
            UUID job = UUID.fromString(TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "1"));
            // ai-service down: the attempt fails and is retried later; once it is back, the job is enriched
            worker.enrichNow(job);
            FakeServices.aiUp();
            TestJobs.count(db, "WITH due AS (UPDATE enrichment_queue SET run_after = now() WHERE job_id = ? RETURNING 1) "
                    + "SELECT count(*) FROM due", job);
            assertTrue(worker.enrichNow(job), "enriched once ai-service is back");
            assertNotNull(TestJobs.text(db, "SELECT enriched_at FROM jobs WHERE id = ?", job));

            given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).get("/api/jobs/" + job)
                    .then().statusCode(200);

            log.assertNoneContains(marker, admin);
        }
    }

    @Test
    void clientMistakesLogNoStackTrace() {
        String p = TestJobs.uniquePrefix();
        given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                .body(TestJobs.array(TestJobs.posting(p + "1", "Welder", "Steel " + p, "v1")))
                .post("/api/jobs/imports").then().statusCode(201);
        String jobId = TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "1");
        String candidate = TestTokens.candidate(UUID.randomUUID());
        given().header("Authorization", "Bearer " + candidate).contentType(ContentType.JSON)
                .body(Map.of("jobId", jobId)).post("/api/applications").then().statusCode(201);
        try (LogCapture log = LogCapture.start()) {
            // 400: malformed JSON, a wrong type, a NUL character, no body, an overflowing page, a malformed CSV
            given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON).body("[{\"title\": ")
                    .post("/api/jobs/imports").then().statusCode(400);
            given().header("Authorization", "Bearer " + candidate).contentType(ContentType.JSON)
                    .body(Map.of("jobId", 42)).post("/api/applications").then().statusCode(400);
            given().header("Authorization", "Bearer " + candidate).contentType(ContentType.JSON)
                    .body("{\"jobId\": \"" + jobId + "\", \"notes\": \"a\\u0000b\"}").post("/api/applications").then().statusCode(400);
            given().header("Authorization", "Bearer " + candidate).contentType(ContentType.JSON)
                    .post("/api/applications").then().statusCode(400);
            given().header("Authorization", "Bearer " + admin).get("/api/jobs/imports?page=2147483647&size=100")
                    .then().statusCode(400);
            given().header("Authorization", "Bearer " + admin).contentType("text/csv")
                    .body("Job Title,Job Description,Company Name\n\"unclosed,quote\n")
                    .post("/api/jobs/imports?preset=glassdoor-2019").then().statusCode(400);
            // 401, 403
            given().get("/api/applications").then().statusCode(401);
            given().header("Authorization", "Bearer " + TestTokens.algNone(UUID.randomUUID())).get("/api/applications")
                    .then().statusCode(401);
            given().header("Authorization", "Bearer " + candidate).contentType(ContentType.JSON).body("[]")
                    .post("/api/jobs/imports").then().statusCode(403);
            // 404: an unknown job, an unknown import, an unknown path
            given().header("Authorization", "Bearer " + candidate).get("/api/jobs/" + UUID.randomUUID()).then().statusCode(404);
            given().header("Authorization", "Bearer " + admin).get("/api/jobs/imports/" + UUID.randomUUID()).then().statusCode(404);
            given().header("Authorization", "Bearer " + candidate).get("/api/nothing-here").then().statusCode(404);
            // 409: the same application twice
            given().header("Authorization", "Bearer " + candidate).contentType(ContentType.JSON)
                    .body(Map.of("jobId", jobId)).post("/api/applications").then().statusCode(409);
            // 415
            given().header("Authorization", "Bearer " + admin).contentType("application/xml").body("<jobs/>")
                    .post("/api/jobs/imports").then().statusCode(415);

            log.assertNoStackTraces();
            log.assertNoneContains(admin, candidate);
        }
    }
}
