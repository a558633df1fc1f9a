package com.jobmatch.matching;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Every endpoint refuses missing and broken tokens; admin- and service-only endpoints refuse users. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class AuthorizationTest {

    private static final UUID USER = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/jobs", "GET /api/jobs/00000000-0000-0000-0000-000000000001", "GET /api/jobs/statistics",
            "GET /api/jobs/imports", "GET /api/jobs/imports/00000000-0000-0000-0000-000000000001", "POST /api/jobs/imports",
            "GET /api/jobs/collector-runs", "POST /api/jobs/collector-runs", "GET /api/taxonomy/skills",
            "GET /api/taxonomy/skills/sql", "GET /api/taxonomy/aliases/sql", "GET /api/taxonomy/categories",
            "POST /api/taxonomy/normalize", "GET /api/taxonomy/skills/sql/similar", "GET /api/taxonomy/category-compatibility",
            "POST /api/taxonomy/metadata/recompute", "GET /api/taxonomy/export",
            "GET /internal/jobs/00000000-0000-0000-0000-000000000001/profile", "GET /api/jobs/sources",
            "POST /api/jobs/sources/fake/runs", "GET /api/jobs/collector-runs/00000000-0000-0000-0000-000000000001",
            "GET /api/jobs/mine", "POST /api/jobs/mine", "GET /api/jobs/mine/00000000-0000-0000-0000-000000000001"})
    void missingAndBrokenTokensAre401(String endpoint) {
        call(endpoint, null).then().statusCode(401);
        for (String broken : new String[] {TestTokens.expired(USER), TestTokens.wrongIssuer(USER), TestTokens.wrongAudience(USER),
                TestTokens.signedByUntrustedKey(USER), TestTokens.tampered(USER), TestTokens.algNone(USER)}) {
            call(endpoint, broken).then().statusCode(401);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/jobs/imports", "POST /api/jobs/imports", "GET /api/jobs/collector-runs",
            "POST /api/jobs/collector-runs", "POST /api/taxonomy/metadata/recompute", "GET /api/taxonomy/export",
            "GET /internal/jobs/00000000-0000-0000-0000-000000000001/profile", "GET /api/jobs/sources",
            "POST /api/jobs/sources/fake/runs", "GET /api/jobs/collector-runs/00000000-0000-0000-0000-000000000001"})
    void candidatesAndRecruitersAre403(String endpoint) {
        call(endpoint, TestTokens.candidate(USER)).then().statusCode(403);
        call(endpoint, TestTokens.recruiter(USER)).then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/jobs/collector-runs", "POST /api/jobs/collector-runs", "POST /api/taxonomy/metadata/recompute",
            "GET /api/jobs/sources", "POST /api/jobs/sources/fake/runs"})
    void adminOnlyEndpointsRefuseServices(String endpoint) {
        call(endpoint, TestTokens.service("resume-service")).then().statusCode(403);
    }

    /** A person's own jobs: job seekers only (recruiters, admins and services have none). */
    @ParameterizedTest
    @ValueSource(strings = {"GET /api/jobs/mine", "POST /api/jobs/mine", "GET /api/jobs/mine/00000000-0000-0000-0000-000000000001"})
    void ownJobsAreForJobSeekersOnly(String endpoint) {
        call(endpoint, TestTokens.recruiter(USER)).then().statusCode(403);
        call(endpoint, TestTokens.service("resume-service")).then().statusCode(403);
    }

    private static io.restassured.response.Response call(String endpoint, String token) {
        String[] parts = endpoint.split(" ");
        var request = given().contentType("application/json").body("{\"labels\":[\"x\"]}");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return "GET".equals(parts[0]) ? request.get(parts[1]) : request.post(parts[1]);
    }
}
