package com.jobmatch.resume.advice;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.Fixtures;
import com.jobmatch.resume.testing.ResumeApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.jobmatch.common.testing.RateLimits.assertTooManyRequests;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Optimizations (a call to ai-service each) are limited per user: two per minute in this profile. The third is a 429
 * that asks nothing of ai-service and stores nothing, while another user still gets theirs.
 */
@QuarkusTest
@TestProfile(OptimizationLimitTest.TwoOptimizations.class)
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class OptimizationLimitTest {

    public static class TwoOptimizations implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobmatch.rate-limits.resume-optimizations.per-user", "2");
        }
    }

    private static final int BUDGET = 2;
    private static final RequestPatternBuilder AI_OPTIMIZATIONS = postRequestedFor(urlEqualTo("/api/ai/optimizations"));

    @Inject
    AgroalDataSource dataSource;

    Db db;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
        FakeServices.server().stubFor(get(urlPathMatching("/internal/jobs/[^/]+/profile")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"jobId\":\"" + UUID.randomUUID() + "\",\"title\":\"HGV Driver\",\"requiredSkills\":[]}")));
        FakeServices.server().stubFor(post(urlEqualTo("/api/ai/optimizations")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"optimizationId":"6f1c4d3e-2222-4aaa-8bbb-000000000009","source":"rules","suggestions":[
                          {"id":"s1","type":"SURFACE_SKILL","section":"skills","field":"skills","before":null,
                           "after":"ADR licence","why":"The job requires it"}]}""")));
    }

    @Test
    void optimizationsBeyondTheUsersBudgetAre429AndDoNoWorkWhileAnotherUserStillGetsThrough() {
        String token = TestTokens.candidate(UUID.randomUUID());
        UUID resume = uploadParsed(token, "Tom Trucker");
        for (int i = 0; i < BUDGET; i++) {
            optimize(token, resume).statusCode(201);
        }
        long stored = db.count("SELECT count(*) FROM resume_optimizations WHERE resume_id = ?", resume);
        int asked = aiCalls();
        assertEquals(BUDGET, stored, "one suggestion stored per optimization within the budget");

        assertTooManyRequests(optimize(token, resume));
        assertEquals(stored, db.count("SELECT count(*) FROM resume_optimizations WHERE resume_id = ?", resume),
                "the refused optimization stored nothing");
        assertEquals(asked, aiCalls(), "the refused optimization did not call ai-service");
        // Reading what was made is not limited.
        given().auth().oauth2(token).get("/api/resumes/" + resume + "/optimizations").then().statusCode(200);

        String otherToken = TestTokens.candidate(UUID.randomUUID());
        UUID otherResume = uploadParsed(otherToken, "Olga Other");
        optimize(otherToken, otherResume).statusCode(201);
    }

    private static ValidatableResponse optimize(String token, UUID resume) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("jobId", UUID.randomUUID()))
                .post("/api/resumes/" + resume + "/optimizations").then();
    }

    private static int aiCalls() {
        return FakeServices.server().countRequestsMatching(AI_OPTIMIZATIONS.build()).getCount();
    }

    private static UUID uploadParsed(String token, String name) {
        return ResumeApi.uploadParsed(token, "cv.txt", "text/plain", Fixtures.text("""
                %s
                %s@example.com

                Experience
                Truck Driver at Haulage Ltd
                2015 - Present
                Drove trucks

                Skills
                Driving
                """.formatted(name, name.toLowerCase().replace(' ', '.'))));
    }
}
