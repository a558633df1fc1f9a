package com.jobmatch.resume;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.Fixtures;
import com.jobmatch.resume.testing.ResumeApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint: no or broken token 401; the wrong role 403; someone else's resume 404 (unless a recruiter
 * reads one marked searchable). Nothing stored changes on any refused call.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class AuthorizationTest {

    /** Who may call: the owner only, anyone allowed to read the resume, or a fixed role. */
    enum Audience { OWNER, READER, CANDIDATE_ONLY, SEARCHERS, ADMIN, SERVICE }

    record Endpoint(String method, String path, String body, Audience audience) {
        String describe() {
            return method + " " + path;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    Db db;
    UUID owner;
    String ownerToken;
    UUID resumeId;
    UUID optimizationId;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
        owner = UUID.randomUUID();
        ownerToken = TestTokens.candidate(owner);
        resumeId = ResumeApi.uploadParsed(ownerToken, "cv.txt", "text/plain", Fixtures.text("Priya Private\npriya@example.com\n\nSkills\nSecrets\n"));
        optimizationId = UUID.randomUUID();
        db.update("""
                INSERT INTO resume_optimizations (id, resume_id, job_id, batch_id, suggestion_type, field_path, after_text)
                VALUES (?, ?, gen_random_uuid(), gen_random_uuid(), 'SURFACE_SKILL', 'skills', 'Trust')""", optimizationId, resumeId);
    }

    private List<Endpoint> endpoints() {
        String r = "/api/resumes/" + resumeId;
        String o = r + "/optimizations/" + optimizationId;
        return List.of(
                new Endpoint("GET", "/api/resumes", null, Audience.CANDIDATE_ONLY),
                new Endpoint("POST", "/api/resumes/manual", "{\"title\":\"Eve\",\"resumeData\":{}}", Audience.CANDIDATE_ONLY),
                new Endpoint("GET", "/api/resumes/search?q=secrets", null, Audience.SEARCHERS),
                new Endpoint("GET", r, null, Audience.READER),
                new Endpoint("GET", r + "/file", null, Audience.READER),
                new Endpoint("GET", r + "/json-resume", null, Audience.READER),
                new Endpoint("GET", r + "/versions", null, Audience.READER),
                new Endpoint("GET", r + "/versions/1", null, Audience.READER),
                new Endpoint("GET", r + "/versions/compare?from=1&to=1", null, Audience.READER),
                new Endpoint("GET", r + "/analyses", null, Audience.READER),
                new Endpoint("PATCH", r, "{\"title\":\"Stolen\"}", Audience.OWNER),
                new Endpoint("PUT", r + "/primary", null, Audience.OWNER),
                new Endpoint("GET", r + "/visibility", null, Audience.OWNER),
                new Endpoint("PUT", r + "/visibility", "{\"visibility\":\"ALL_ORGANIZATIONS\"}", Audience.OWNER),
                new Endpoint("POST", r + "/corrections", "{\"changes\":[{\"field\":\"summary\",\"value\":\"pwned\"}]}", Audience.OWNER),
                new Endpoint("POST", r + "/versions/1/restore", null, Audience.OWNER),
                new Endpoint("POST", r + "/analyses", null, Audience.OWNER),
                new Endpoint("POST", r + "/optimizations", "{\"jobId\":\"" + UUID.randomUUID() + "\"}", Audience.OWNER),
                new Endpoint("GET", r + "/optimizations", null, Audience.OWNER),
                new Endpoint("POST", o + "/accept", null, Audience.OWNER),
                new Endpoint("POST", o + "/reject", null, Audience.OWNER),
                new Endpoint("POST", o + "/feedback", "{\"rating\":1}", Audience.OWNER),
                new Endpoint("GET", r + "/feedback", null, Audience.OWNER),
                new Endpoint("DELETE", r, null, Audience.OWNER),
                new Endpoint("POST", "/api/admin/resumes/legacy-import", "{\"documents\":[{\"_key\":\"x\"}]}", Audience.ADMIN),
                new Endpoint("GET", "/internal/resumes/" + resumeId + "/candidate-profile", null, Audience.SERVICE),
                new Endpoint("GET", "/internal/resumes/searchable", null, Audience.SERVICE));
    }

    @Test
    void everyEndpointRefusesMissingAndBrokenTokens() {
        UUID someone = UUID.randomUUID();
        List<Function<UUID, String>> broken = List.of(TestTokens::expired, TestTokens::wrongIssuer,
                TestTokens::wrongAudience, TestTokens::signedByUntrustedKey, TestTokens::tampered, TestTokens::algNone);
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            expect(e, null, 401, wrong);
            for (Function<UUID, String> token : broken) {
                expect(e, token.apply(someone), 401, wrong);
            }
        }
        expectUpload(null, 401, wrong);
        expectUpload(TestTokens.expired(owner), 401, wrong);
        assertEquals(List.of(), wrong);
        assertUntouched();
    }

    @Test
    void wrongRolesGet403AndOtherPeoplesResumesAre404() {
        String stranger = TestTokens.candidate(UUID.randomUUID());
        String recruiter = TestTokens.recruiter(UUID.randomUUID());
        String admin = TestTokens.admin(UUID.randomUUID());
        String service = TestTokens.service("matching-service");
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            switch (e.audience()) {
                case OWNER -> {
                    expect(e, stranger, 404, wrong);
                    expect(e, recruiter, 403, wrong);
                    expect(e, service, 403, wrong);
                    expect(e, admin, 403, wrong);
                }
                case READER -> {
                    expect(e, stranger, 404, wrong);
                    expect(e, recruiter, 404, wrong);
                    expect(e, admin, 403, wrong);
                }
                case CANDIDATE_ONLY -> {
                    expect(e, recruiter, 403, wrong);
                    expect(e, service, 403, wrong);
                }
                case SEARCHERS -> {
                    expect(e, service, 403, wrong);
                    expect(e, admin, 403, wrong);
                }
                case ADMIN -> {
                    expect(e, ownerToken, 403, wrong);
                    expect(e, service, 403, wrong);
                }
                case SERVICE -> {
                    expect(e, ownerToken, 403, wrong);
                    expect(e, recruiter, 403, wrong);
                    expect(e, admin, 403, wrong);
                }
            }
        }
        expectUpload(recruiter, 403, wrong);
        expectUpload(service, 403, wrong);
        assertEquals(List.of(), wrong);
        assertUntouched();
    }

    @Test
    void readersSeeWhatTheyMay() {
        String recruiter = TestTokens.recruiter(UUID.randomUUID());
        String service = TestTokens.service("matching-service");
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (e.audience() == Audience.READER) {
                expect(e, ownerToken, 200, wrong);
                expect(e, service, 200, wrong);
            }
        }
        given().auth().oauth2(ownerToken).contentType(ContentType.JSON).body("{\"searchable\":true}")
                .patch("/api/resumes/" + resumeId).then().statusCode(200);
        for (Endpoint e : endpoints()) {
            if (e.audience() == Audience.READER) {
                expect(e, recruiter, 200, wrong);
            }
        }
        expect(new Endpoint("GET", "/internal/resumes/" + resumeId + "/candidate-profile", null, Audience.SERVICE), service, 200, wrong);
        assertEquals(List.of(), wrong);
        given().auth().oauth2(service).get("/internal/resumes/searchable?size=500").then().statusCode(200)
                .body("items.resumeId", org.hamcrest.Matchers.hasItem(resumeId.toString()));
        given().auth().oauth2(service).get("/internal/resumes/searchable?size=0").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("size"));
        given().auth().oauth2(service).get("/internal/resumes/" + UUID.randomUUID() + "/candidate-profile").then().statusCode(404);
    }

    private void expect(Endpoint e, String token, int status, List<String> wrong) {
        RequestSpecification request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (e.body() != null) {
            request.contentType(ContentType.JSON).body(e.body());
        }
        int actual = request.request(e.method(), e.path()).statusCode();
        if (actual != status) {
            wrong.add(e.describe() + " expected " + status + " got " + actual);
        }
    }

    private void expectUpload(String token, int status, List<String> wrong) {
        RequestSpecification request = given().multiPart("file", "x.txt", "Eve Evil\neve@example.com".getBytes(), "text/plain");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        int actual = request.post("/api/resumes").statusCode();
        if (actual != status) {
            wrong.add("POST /api/resumes expected " + status + " got " + actual);
        }
    }

    private void assertUntouched() {
        assertEquals(1, db.count("SELECT count(*) FROM resumes WHERE id = ?", resumeId));
        assertEquals(1, db.count("SELECT current_version FROM resumes WHERE id = ?", resumeId));
        assertEquals("cv", db.text("SELECT title FROM resumes WHERE id = ?", resumeId));
        assertEquals("pending", db.text("SELECT status FROM resume_optimizations WHERE id = ?", optimizationId));
        assertEquals(0, db.count("SELECT count(*) FROM optimization_feedback WHERE optimization_id = ?", optimizationId));
        assertEquals(0, db.count("SELECT count(*) FROM resumes WHERE resume_data -> 'contact_info' ->> 'full_name' = 'Eve Evil'"));
        assertEquals(0, db.count("SELECT count(*) FROM resumes WHERE legacy_id = 'x'"));
        assertEquals(0, db.count("SELECT count(*) FROM resumes WHERE title = 'Eve'"));
    }
}
