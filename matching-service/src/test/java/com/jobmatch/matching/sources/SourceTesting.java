package com.jobmatch.matching.sources;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What the source tests share: stubs that are removed after each test, a run's detail as admins see it, job states. */
final class SourceTesting {

    private SourceTesting() {
    }

    /** Stubs a provider answer, tagged so {@link #reset()} removes it. */
    static void stub(MappingBuilder mapping) {
        FakeServices.server().stubFor(mapping.withMetadata(Map.of("source-test", true)));
    }

    static void reset() {
        FakeServices.server().removeStubsByMetadata(WireMock.matchingJsonPath("$.source-test"));
        FakeServices.server().resetRequests();
        FakeServices.server().resetScenarios();
    }

    /** GET /api/jobs/collector-runs/{id} as an admin: the run with its rejected rows. */
    static JsonPath detail(UUID runId) {
        return given().header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
                .get("/api/jobs/collector-runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    static String closedReason(AgroalDataSource db, String externalId) {
        return TestJobs.text(db, "SELECT coalesce(closed_reason, 'OPEN') FROM jobs WHERE external_id = ?", externalId);
    }

    static long count(AgroalDataSource db, String externalIdPrefix) {
        return TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", externalIdPrefix + "%");
    }
}
