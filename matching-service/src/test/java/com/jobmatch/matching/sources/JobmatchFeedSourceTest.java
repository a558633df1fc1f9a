package com.jobmatch.matching.sources;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A feed in our own posting shape (what the collector read before adapters), including a feed that fails half way. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class JobmatchFeedSourceTest {

    @Inject
    SourceRunner runner;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void removeFeed() {
        FakeServices.server().removeStubsByMetadata(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.feed"));
        FakeServices.server().resetRequests();
    }

    @Test
    void aFeedFailingHalfWayKeepsWhatWasReadAndTheNextRunCompletesIt() {
        String p = TestJobs.uniquePrefix();
        page(null, "[" + job(p + "1") + "," + job(p + "2") + "]", "c2");
        FakeServices.server().stubFor(get(urlPathEqualTo(FakeServices.FEED_PATH)).withQueryParam("cursor", equalTo("c2"))
                .withMetadata(java.util.Map.of("feed", true)).willReturn(aResponse().withStatus(503)));

        SourceRun failed = runner.run("fake", "test");
        assertEquals(SourceRunStatus.FAILED, failed.status);
        assertEquals(1, failed.pagesFetched);
        assertEquals(2, failed.newCount);
        assertTrue(failed.error.startsWith("page 2"), failed.error);
        assertEquals(2, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", p + "%"));

        // the feed recovers: page 2 repeats job 2 (overlap) and adds job 3; an invalid posting is rejected
        page("c2", "[" + job(p + "2") + "," + job(p + "3") + ",{\"externalId\":\"" + p + "bad\"}]", "c3");
        page("c3", "[" + job(p + "4") + "]", null);
        SourceRun ok = runner.run("fake", "test");
        assertEquals(SourceRunStatus.SUCCEEDED, ok.status);
        assertEquals(3, ok.pagesFetched);
        assertEquals(6, ok.fetched);
        assertEquals(2, ok.newCount);
        assertEquals(3, ok.unchangedCount, "jobs 1 and 2 from the first run, job 2 again on page 2");
        assertEquals(1, ok.rejectedCount);
        assertEquals(4, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", p + "%"));
        FakeServices.server().verify(2, getRequestedFor(urlPathEqualTo(FakeServices.FEED_PATH)).withQueryParam("cursor", absent()));

        given().header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID())).get("/api/jobs/collector-runs?source=fake")
                .then().statusCode(200).body("items[0].status", org.hamcrest.Matchers.equalTo("SUCCEEDED"))
                .body("items[1].status", org.hamcrest.Matchers.equalTo("FAILED")).body("total", org.hamcrest.Matchers.equalTo(2));
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).get("/api/jobs/collector-runs")
                .then().statusCode(403);
        given().get("/api/jobs/collector-runs").then().statusCode(401);
    }

    private static void page(String cursor, String jobs, String next) {
        var request = get(urlPathEqualTo(FakeServices.FEED_PATH)).withMetadata(java.util.Map.of("feed", true));
        request = cursor == null ? request.withQueryParam("cursor", absent()) : request.withQueryParam("cursor", equalTo(cursor));
        FakeServices.server().stubFor(request.willReturn(okJson("{\"jobs\":" + jobs + ",\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "}")));
    }

    private static String job(String id) {
        return TestJobs.posting(id, "Feed Engineer " + id, "Feed Co", "from the feed");
    }
}
