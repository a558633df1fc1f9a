package com.jobmatch.matching.sources;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Admins run a source on demand through the work queue (202 with the queued run, 409 while one waits, 404 for an
 * unknown source) and see each configured source with its statistics, never its key.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class SourceResourceTest {

    @Inject
    SourceScheduler scheduler;

    @AfterEach
    void reset() {
        SourceTesting.reset();
    }

    @Test
    void aRunOnDemandIsQueuedRunByTheQueueAndShownWithItsStatistics() {
        String admin = "Bearer " + TestTokens.admin(UUID.randomUUID());
        String p = TestJobs.uniquePrefix();
        SourceTesting.stub(get(urlPathEqualTo(FakeServices.FEED_PATH)).willReturn(okJson("{\"jobs\":["
                + TestJobs.posting(p + "1", "Queued Engineer", "Queue Co", "x") + "],\"next\":null}")));

        int newBefore = given().header("Authorization", admin).get("/api/jobs/sources").then().statusCode(200)
                .body("page", equalTo(0)).extract().path("items.find { it.name == 'fake' }.totals.newCount");

        String runId = given().header("Authorization", admin).post("/api/jobs/sources/fake/runs").then().statusCode(202)
                .header("Location", containsString("/api/jobs/collector-runs/"))
                .body("status", equalTo("QUEUED")).body("requestedBy", not(equalTo(null))).extract().path("id");
        given().header("Authorization", admin).post("/api/jobs/sources/fake/runs").then().statusCode(409)
                .contentType("application/problem+json");
        given().header("Authorization", admin).post("/api/jobs/sources/no-such-source/runs").then().statusCode(404)
                .contentType("application/problem+json");

        assertEquals(1, scheduler.drain());

        given().header("Authorization", admin).get("/api/jobs/collector-runs/" + runId).then().statusCode(200)
                .body("run.status", equalTo("SUCCEEDED")).body("run.newCount", equalTo(1)).body("run.complete", equalTo(true));
        given().header("Authorization", admin).get("/api/jobs/collector-runs/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        String sources = given().header("Authorization", admin).get("/api/jobs/sources").then().statusCode(200)
                .body("items.find { it.name == 'fake' }.lastRun.id", equalTo(runId))
                .body("items.find { it.name == 'fake' }.totals.newCount", equalTo(newBefore + 1))
                .body("items.find { it.name == 'ats' }.apiKeyEnv", equalTo("TEST_ATS_KEY"))
                .body("items.find { it.name == 'ats' }.apiKeySet", equalTo(true))
                .body("items.find { it.name == 'ats-unset' }.apiKeySet", equalTo(false))
                .extract().asString();
        assertEquals(-1, sources.indexOf("good-key"), "a source's key is never shown");
        // a run can be queued again once the last one finished
        given().header("Authorization", admin).post("/api/jobs/sources/fake/runs").then().statusCode(202);
        assertEquals(1, scheduler.drain());
    }
}
