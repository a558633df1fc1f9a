package com.jobmatch.resume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.problem.Problem;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.problem.ProblemExceptionMapper;
import com.jobmatch.common.problem.UnexpectedErrorMapper;
import com.jobmatch.common.queue.QueueSettings;
import com.jobmatch.common.queue.QueueWorkers;
import com.jobmatch.common.queue.WorkHandler;
import com.jobmatch.common.queue.WorkQueue;
import com.jobmatch.common.testing.LogCapture;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.Fixtures;
import com.jobmatch.resume.testing.ResumeApi;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Logs carry ids, never document content or tokens (issue 21): resumes holding a unique marker go through upload,
 * parsing, enrichment and a failed parse while every log record of the process is captured, and none holds the
 * marker or the bearer token; a failing queue step logs its item id, exception class and a sanitised message. Client
 * mistakes (400, 401, 403, 404, 409, 415) log no stack trace, nor does an outage (503: one warning with the reference
 * id of its answer); an unexpected server error is logged with its stack trace under the reference id.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class LogHygieneTest {

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    AgroalDataSource dataSource;

    private Db db;
    private String marker;
    private UUID user;
    private String token;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
        marker = "Mrk" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        user = UUID.randomUUID();
        token = TestTokens.candidate(user);
    }

    @Test
    void documentsGoThroughParsingEnrichmentAndFailureWithoutTheirContentInTheLog() {
        try (LogCapture log = LogCapture.start()) {
            UUID text = ResumeApi.uploadParsed(token, "cv.txt", "text/plain", Fixtures.text("""
                    Quinn %1$s
                    quinn.%1$s@example.com
                    +1 555 010 4242

                    Summary
                    Welder %1$s with ten years of pipeline work.

                    Experience
                    Senior Welder, %1$s Steel Ltd, 2015 - 2024
                    - Welded %1$s pipelines under pressure

                    Skills
                    Welding, %1$s, Forklift
                    """.formatted(marker)));
            ResumeApi.awaitEnriched(token, text);

            byte[] jsonResume = """
                    {"basics":{"name":"Jo %1$s","email":"jo.%1$s@example.com","summary":"Welder %1$s"},
                     "work":[{"name":"%1$s Works","position":"Welder","startDate":"2019-01","highlights":["Built %1$s"]}]}
                    """.formatted(marker).getBytes(StandardCharsets.UTF_8);
            ResumeApi.uploadParsed(TestTokens.candidate(UUID.randomUUID()), "resume.json",
                    "application/json", jsonResume);

            // A document that cannot be stored fails once, with its reason in the resume, not its content in the log.
            byte[] withNul = """
                    {"basics":{"name":"Nul\\u0000%1$s","email":"nul.%1$s@example.com","summary":"Welder %1$s"}}
                    """.formatted(marker).getBytes(StandardCharsets.UTF_8);
            String failed = ResumeApi.upload(token, "nul.json", "application/json", withNul).statusCode(201)
                    .extract().path("id");
            JsonPath failure = ResumeApi.awaitStatus(token, UUID.fromString(failed), Set.of("parsed", "failed")).jsonPath();
            assertEquals("failed", failure.getString("status"));

            // Reading them back puts the content in answers, never in the log.
            given().auth().oauth2(token).get("/api/resumes/" + text).then().statusCode(200);
            given().auth().oauth2(token).get("/api/resumes/" + text + "/versions").then().statusCode(200);

            log.assertNoneContains(marker, token, "quinn." + marker + "@example.com");
            assertFalse(log.records().isEmpty(), "the capture saw the service's log");
        }
    }

    /**
     * An outage (ai-service answers 500, so the analysis is 503) is expected: one warning with the reference id the
     * answer carries and the failure's class, no stack trace on every request.
     */
    @Test
    void anOutageIsOneWarningWithTheAnswersReferenceIdAndNoStackTrace() {
        UUID resume = ResumeApi.uploadParsed(token, "cv.txt", "text/plain",
                Fixtures.text("Rae Ref\nrae@example.com\n\nSkills\nWelding\n"));
        FakeServices.server().stubFor(post(urlEqualTo("/api/ai/analysis/resume")).willReturn(aResponse().withStatus(500)));
        try (LogCapture log = LogCapture.start()) {
            String referenceId = given().auth().oauth2(token).post("/api/resumes/" + resume + "/analyses").then()
                    .statusCode(503).extract().path("referenceId");
            assertNotNull(referenceId, "the 503 names its reference id");
            List<LogRecord> named = log.records().stream().filter(r -> LogCapture.text(r).contains(referenceId)).toList();
            assertEquals(1, named.size(), () -> "one record names the reference id: " + named.stream().map(LogCapture::text).toList());
            assertEquals(Level.WARNING, named.getFirst().getLevel());
            assertTrue(LogCapture.text(named.getFirst()).contains("cause"), LogCapture.text(named.getFirst()));
            log.assertNoStackTraces();
        }
    }

    /** A 5xx that is not an outage is ours to fix: logged with its stack trace under the answer's reference id. */
    @Test
    void anUnexpectedServerErrorKeepsItsStackTraceUnderTheReferenceId() {
        try (LogCapture log = LogCapture.start()) {
            Problem unexpected = (Problem) new UnexpectedErrorMapper().toResponse(new IllegalStateException("bug")).getEntity();
            Problem ours = (Problem) new ProblemExceptionMapper()
                    .toResponse(new ProblemException(500, "Internal error", "bug", List.of())).getEntity();
            for (Problem problem : List.of(unexpected, ours)) {
                assertEquals(500, problem.status());
                assertTrue(log.records().stream().anyMatch(r -> r.getThrown() != null && Level.SEVERE.equals(r.getLevel())
                                && LogCapture.text(r).contains(problem.referenceId())),
                        "an error record with the stack trace and reference id " + problem.referenceId());
            }
        }
    }

    /**
     * A queue step that fails logs the item's id, the exception's class and a sanitised message, and keeps the same in
     * last_error: the exception's message quotes an address and a token, its cause the document it choked on.
     */
    @Test
    void aFailingStepLogsItsIdAndExceptionClassButNotTheDocumentAnAddressOrAToken() {
        db.update("""
                CREATE TABLE IF NOT EXISTS probe_failing_work (
                    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                    status      VARCHAR(10) NOT NULL DEFAULT 'pending',
                    priority    SMALLINT    NOT NULL DEFAULT 1,
                    owner_key   TEXT        NOT NULL DEFAULT '',
                    attempts    INTEGER     NOT NULL DEFAULT 0,
                    run_after   TIMESTAMPTZ NOT NULL DEFAULT now(),
                    lease_until TIMESTAMPTZ,
                    lease_token UUID,
                    claimed_at  TIMESTAMPTZ,
                    last_error  TEXT,
                    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
                    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now())""");
        db.update("TRUNCATE probe_failing_work");
        String item = db.text("INSERT INTO probe_failing_work (owner_key) VALUES ('owner') RETURNING id");
        String email = "quinn." + marker + "@example.com";
        WorkQueue queue = new WorkQueue(em, new QueueSettings("probe_failing_work", Duration.ofMinutes(1),
                Duration.ofSeconds(10), Duration.ofMinutes(5), 3, true), registry);
        WorkHandler storing = claimed -> {
            try {
                new ObjectMapper().readTree("{\"summary\": " + marker + " welded pipelines}");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not store the resume of " + email + " for Bearer " + token, e);
            }
        };
        try (LogCapture log = LogCapture.start()) {
            assertTrue(new QueueWorkers(queue, storing, Duration.ofSeconds(1)).runOne(), "the item was claimed");

            String error = db.text("SELECT last_error FROM probe_failing_work WHERE id = ?::uuid", item);
            assertTrue(error.startsWith("IllegalStateException: could not store the resume of <email>"), error);
            assertTrue(error.contains("<- JsonParseException: Unrecognized token"), error);
            assertTrue(log.from("com.jobmatch.common.queue").stream().map(LogCapture::text)
                            .anyMatch(text -> text.contains(item) && text.contains(error)),
                    "the failure is logged with the item id and the stored error");
            log.assertNoneContains(marker, email, token, token.substring(token.lastIndexOf('.') + 1));
            assertFalse(error.contains(marker) || error.contains(email) || error.contains(token), error);
        }
    }

    @Test
    void clientMistakesLogNoStackTrace() {
        String failed;
        try (LogCapture warmUp = LogCapture.start()) {
            byte[] withNul = """
                    {"basics":{"name":"Nul\\u0000Person","email":"nul@example.com","summary":"Welder"}}
                    """.getBytes(StandardCharsets.UTF_8);
            failed = ResumeApi.upload(token, "nul.json", "application/json", withNul).statusCode(201).extract().path("id");
            ResumeApi.awaitStatus(token, UUID.fromString(failed), Set.of("parsed", "failed"));
        }
        try (LogCapture log = LogCapture.start()) {
            // 400: no file, a broken multipart body, malformed JSON, a NUL character, a wrong type
            given().auth().oauth2(token).multiPart("title", "no file").post("/api/resumes").then().statusCode(400);
            given().auth().oauth2(token).contentType("multipart/form-data; boundary=xyz")
                    .body("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhalf"
                            .getBytes(StandardCharsets.UTF_8))
                    .post("/api/resumes").then().statusCode(400);
            given().auth().oauth2(token).contentType("application/json").body("{\"title\": ")
                    .post("/api/resumes/manual").then().statusCode(400);
            given().auth().oauth2(token).contentType("application/json").body("{\"title\": \"a\\u0000b\"}")
                    .post("/api/resumes/manual").then().statusCode(400);
            given().auth().oauth2(token).get("/api/resumes?page=-1").then().statusCode(400);
            given().auth().oauth2(token).get("/api/resumes?page=abc").then().statusCode(400);
            // 401, 403
            given().get("/api/resumes").then().statusCode(401);
            given().auth().oauth2(TestTokens.expired(user)).get("/api/resumes").then().statusCode(401);
            given().auth().oauth2(TestTokens.recruiter(UUID.randomUUID())).multiPart("file", "a.txt", "x".getBytes(), "text/plain")
                    .post("/api/resumes").then().statusCode(403);
            // 404: an unknown resume, someone else's resume, an unknown path, a malformed id
            given().auth().oauth2(token).get("/api/resumes/" + UUID.randomUUID()).then().statusCode(404);
            given().auth().oauth2(TestTokens.candidate(UUID.randomUUID())).get("/api/resumes/" + failed).then().statusCode(404);
            given().auth().oauth2(token).get("/api/nothing-here").then().statusCode(404);
            given().auth().oauth2(token).get("/api/resumes/not-a-uuid").then().statusCode(404);
            // 409: advice on a resume without data
            given().auth().oauth2(token).post("/api/resumes/" + failed + "/analyses").then().statusCode(409);
            // 415
            given().auth().oauth2(token).contentType("text/csv").body("a,b").post("/api/resumes/manual").then().statusCode(415);

            log.assertNoStackTraces();
            log.assertNoneContains(token);
        }
    }
}
