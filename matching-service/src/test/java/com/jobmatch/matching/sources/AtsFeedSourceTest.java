package com.jobmatch.matching.sources;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ATS-aggregator feed (Active Jobs DB's documented shape) against WireMock: offset paging with the key and host
 * headers and the filters, malformed rows rejected with page, row and reason, validThrough closing and reopening, an
 * expired key, a key nobody set, and 429s with short and long Retry-After.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class AtsFeedSourceTest {

    static final String PATH = "/ats/active-ats-1h";

    @Inject
    SourceRunner runner;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void reset() {
        SourceTesting.reset();
    }

    @Test
    void pagesAreReadWithTheKeyAndFiltersAndBadRowsAreRejectedWithTheirReason() {
        String p = TestJobs.uniquePrefix();
        String past = OffsetDateTime.now().minusDays(1).toString();
        page(0, "[" + job(p + "1", "Data Engineer", null) + "," + job(p + "2", "Nurse", past) + "]",
                "x-ratelimit-jobs-remaining", "12360");
        page(2, "[" + job(p + "3", "Welder", null) + ",{\"id\":\"" + p + "4\",\"organization\":\"No Title GmbH\"},"
                + "{\"id\":\"" + p + "5\",\"title\":\"Baker\",\"organization\":\"B\",\"date_posted\":\"yesterday\"}]", null, null);
        page(4, "[]", null, null);

        SourceRun run = runner.run("ats", "test");

        assertEquals(SourceRunStatus.SUCCEEDED, run.status, run.error);
        assertEquals(3, run.pagesFetched);
        assertEquals(5, run.fetched);
        assertEquals(3, run.newCount);
        assertEquals(2, run.rejectedCount);
        assertEquals(1, run.closedCount, "the posting past its date_validthrough is closed after the run");
        assertEquals("12360", run.quotaRemaining);
        assertTrue(run.complete);
        JsonPath detail = SourceTesting.detail(run.id);
        assertEquals(2, detail.getInt("rejections[0].page"));
        assertEquals(2, detail.getInt("rejections[0].row"));
        assertEquals("title: must not be blank", detail.getString("rejections[0].reason"));
        assertEquals(3, detail.getInt("rejections[1].row"));
        assertEquals("date_posted: 'yesterday' is not a date", detail.getString("rejections[1].reason"));
        FakeServices.server().verify(3, getRequestedFor(urlPathEqualTo(PATH))
                .withHeader("x-rapidapi-key", equalTo("good-key"))
                .withHeader("x-rapidapi-host", equalTo("active-jobs-db.p.rapidapi.com"))
                .withQueryParam("location_filter", equalTo("Germany"))
                .withQueryParam("limit", equalTo("2")));
        assertEquals("Data Engineer", TestJobs.text(db, "SELECT title FROM jobs WHERE external_id = ?", "ats-feed:" + p + "1"));
        assertEquals("greenhouse", TestJobs.text(db, "SELECT source FROM jobs WHERE external_id = ?", "ats-feed:" + p + "1"));
        assertEquals("HYBRID", TestJobs.text(db, "SELECT ai_work_arrangement FROM jobs WHERE external_id = ?", "ats-feed:" + p + "1"));
        assertEquals("24", TestJobs.text(db, "SELECT min_experience_months FROM jobs WHERE external_id = ?", "ats-feed:" + p + "1"));
        assertEquals("EXPIRED", SourceTesting.closedReason(db, "ats-feed:" + p + "2"));

        // the "last hour" window moves on: postings it no longer lists are not gone; the expired one is extended and reopens
        SourceTesting.reset();
        String future = OffsetDateTime.now().plusDays(30).toString();
        page(0, "[" + job(p + "2", "Nurse", future) + "]", null, null);
        SourceRun next = runner.run("ats", "test");
        assertEquals(SourceRunStatus.SUCCEEDED, next.status, next.error);
        assertEquals(1, next.updatedCount);
        assertEquals(1, next.reopenedCount);
        assertEquals(0, next.closedCount);
        assertEquals("OPEN", SourceTesting.closedReason(db, "ats-feed:" + p + "2"));
        assertEquals("OPEN", SourceTesting.closedReason(db, "ats-feed:" + p + "1"), "an incremental feed closes nothing it did not list");
    }

    @Test
    void anExpiredKeyFailsTheRunWithTheSourcesOwnWords() {
        SourceTesting.stub(get(urlPathEqualTo(PATH)).withHeader("x-rapidapi-key", equalTo("expired-key"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"You are not subscribed to this API.\"}")));

        SourceRun run = runner.run("ats-expired", "test");

        assertEquals(SourceRunStatus.FAILED, run.status);
        assertTrue(run.error.contains("HTTP 403") && run.error.contains("You are not subscribed to this API."), run.error);
        assertTrue(run.error.startsWith("page 1:"), run.error);
        assertEquals(0, run.pagesFetched);
        assertEquals(run.error, SourceTesting.detail(run.id).getString("run.error"));
    }

    @Test
    void aKeyNobodySetFailsWithoutAskingTheSource() {
        SourceRun run = runner.run("ats-unset", "test");

        assertEquals(SourceRunStatus.FAILED, run.status);
        assertTrue(run.error.contains("TEST_ATS_KEY_NOBODY_SET"), run.error);
        FakeServices.server().verify(0, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aShortRetryAfterIsWaitedOutAndTheRunGoesOn() {
        String p = TestJobs.uniquePrefix();
        SourceTesting.stub(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("0")).inScenario("quota")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"message\":\"Too many requests\"}")).willSetStateTo("waited"));
        SourceTesting.stub(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("0")).inScenario("quota")
                .whenScenarioStateIs("waited").willReturn(okJson("[" + job(p + "1", "Analyst", null) + "]")));

        long started = System.nanoTime();
        SourceRun run = runner.run("ats", "test");

        assertEquals(SourceRunStatus.SUCCEEDED, run.status, run.error);
        assertEquals(1, run.rateLimitedCount);
        assertEquals(1, run.newCount);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 1000, "Retry-After: 1 was honoured");
    }

    @Test
    void aLongRetryAfterEndsTheRunAndHoldsBackTheNextOne() {
        SourceTesting.stub(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withBody("{\"message\":\"You have exceeded the MONTHLY quota for Requests on your current plan\"}")));

        SourceRun run = runner.run("ats", "test");

        assertEquals(SourceRunStatus.FAILED, run.status);
        assertTrue(run.error.contains("HTTP 429") && run.error.contains("retry after 3600 s")
                && run.error.contains("MONTHLY quota"), run.error);
        assertNotNull(run.notBefore);
        assertTrue(run.notBefore.isAfter(OffsetDateTime.now().plusMinutes(59)));
        FakeServices.server().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
        SourceStore.LastRun last = new SourceStore.LastRun(run.queuedAt, run.notBefore, run.status);
        assertFalse(SourceScheduler.due(last, Duration.ofMinutes(1), OffsetDateTime.now().plusMinutes(30)),
                "the schedule waits for the source's Retry-After");
        assertTrue(SourceScheduler.due(last, Duration.ofMinutes(1), OffsetDateTime.now().plusMinutes(61)));
    }

    private static void page(int offset, String body, String header, String value) {
        var response = okJson(body);
        if (header != null) {
            response = response.withHeader(header, value);
        }
        SourceTesting.stub(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo(String.valueOf(offset)))
                .willReturn(response));
    }

    /** A row as Active Jobs DB documents it (description_type=text, with the ai_* fields). */
    static String job(String id, String title, String validThrough) {
        return """
                {"id":"%s","date_posted":"2026-01-04T09:00:00","date_created":"2026-01-04T09:05:11",
                 "title":"%s","organization":"Acme GmbH","organization_url":"https://acme.example",
                 "date_validthrough":%s,"locations_raw":[{"@type":"Place","address":{"@type":"PostalAddress",
                 "addressCountry":"DE","addressLocality":"Berlin","addressRegion":"Berlin"}}],
                 "salary_raw":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue",
                 "minValue":50000,"maxValue":65000,"unitText":"YEAR"}},"employment_type":["FULL_TIME"],
                 "url":"https://boards.greenhouse.io/acme/jobs/%s","source_type":"ats","source":"greenhouse",
                 "source_domain":"boards.greenhouse.io","cities_derived":["Berlin"],"regions_derived":["Berlin"],
                 "countries_derived":["Germany"],"locations_derived":["Berlin, Berlin, Germany"],"lats_derived":[52.52],
                 "lngs_derived":[13.405],"remote_derived":false,
                 "description_text":"We need Python and SQL. 2+ years of experience.",
                 "ai_experience_level":"2-5","ai_work_arrangement":"Hybrid","ai_key_skills":["Python","SQL"],
                 "ai_employment_type":["FULL_TIME"],"ai_taxonomies_a":["Technology"],"ai_visa_sponsorship":false,
                 "ai_job_language":"en","ai_benefits":["Pension"]}""".formatted(id, title,
                validThrough == null ? "null" : "\"" + validThrough + "\"", id);
    }
}
