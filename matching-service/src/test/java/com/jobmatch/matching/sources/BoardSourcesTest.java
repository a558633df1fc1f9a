package com.jobmatch.matching.sources;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
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

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each public job-board adapter against WireMock serving its provider's documented shape, through one life cycle: a
 * first run (paging where the API pages, a malformed row rejected with page, row and reason, fields mapped); a run
 * where one posting has disappeared, whose first request is answered 429 with Retry-After (waited out, then the
 * posting is closed); a run the provider refuses (404/403: a clear error, nothing closed since the run is not
 * complete); and a run where the posting is back (reopened).
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class BoardSourcesTest {

    @Inject
    SourceRunner runner;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void reset() {
        SourceTesting.reset();
    }

    // --- Greenhouse ---

    @Test
    void greenhouse() {
        SourceRun first = lifecycle("greenhouse-acme", "/gh/v1/boards/acme/jobs",
                () -> greenhouse(true), () -> greenhouse(false), 404, "greenhouse:acme:4012346", "greenhouse:acme:4012345");
        assertEquals(1, first.pagesFetched);
        JsonPath rejected = SourceTesting.detail(first.id);
        assertEquals(3, rejected.getInt("rejections[0].row"));
        assertEquals("title: must not be blank", rejected.getString("rejections[0].reason"));
        assertEquals("Acme Inc", column("company", "greenhouse:acme:4012345"));
        assertEquals("We need Python and SQL.", column("description", "greenhouse:acme:4012345"));
        assertEquals("https://boards.greenhouse.io/acme/jobs/4012345", column("url", "greenhouse:acme:4012345"));
        assertEquals("Berlin, Germany", column("location", "greenhouse:acme:4012345"));
        FakeServices.server().verify(getRequestedFor(urlPathEqualTo("/gh/v1/boards/acme/jobs")).withQueryParam("content", equalTo("true")));
    }

    private static void greenhouse(boolean both) {
        SourceTesting.stub(get(urlPathEqualTo("/gh/v1/boards/acme")).willReturn(okJson("{\"name\":\"Acme Inc\",\"content\":\"<p>We build.</p>\"}")));
        String second = both ? ghJob(4012346, "Analytics Engineer") + "," : "";
        SourceTesting.stub(get(urlPathEqualTo("/gh/v1/boards/acme/jobs")).willReturn(okJson(
                "{\"jobs\":[" + ghJob(4012345, "Data Engineer") + "," + second + ghJob(4012399, "") + "],\"meta\":{\"total\":3}}")));
    }

    private static String ghJob(long id, String title) {
        return """
                {"id":%d,"internal_job_id":%d,"title":"%s","updated_at":"2026-01-04T10:55:28-05:00",
                 "first_published":"2026-01-02T09:00:00-05:00","requisition_id":"50","location":{"name":"Berlin, Germany"},
                 "absolute_url":"https://boards.greenhouse.io/acme/jobs/%d","language":"en","metadata":null,
                 "content":"&lt;p&gt;We need &lt;strong&gt;Python&lt;/strong&gt; and SQL.&lt;/p&gt;",
                 "departments":[{"id":1,"name":"Data","child_ids":[],"parent_id":null}],
                 "offices":[{"id":2,"name":"Berlin","location":"Berlin, Germany","child_ids":[],"parent_id":null}]}"""
                .formatted(id, id + 1000, title, id);
    }

    // --- Lever ---

    @Test
    void lever() {
        SourceRun first = lifecycle("lever-acme", "/lever/v0/postings/acme", () -> lever(true), () -> lever(false), 404,
                "lever:acme:b2", "lever:acme:a1");
        assertEquals(2, first.pagesFetched, "skip/limit paging: a full page of 2, then a short one");
        assertEquals("createdAt: 'not-a-date' is not a date", SourceTesting.detail(first.id).getString("rejections[0].reason"));
        assertEquals(2, SourceTesting.detail(first.id).getInt("rejections[0].page"));
        assertEquals("Acme Lever", column("company", "lever:acme:a1"));
        assertEquals("HYBRID", column("ai_work_arrangement", "lever:acme:a1"));
        assertEquals("{FULL_TIME}", column("ai_employment_type", "lever:acme:a1"));
        assertEquals("Java\nSQL", column("ai_requirements_summary", "lever:acme:a1"));
        assertEquals("60000.00", column("ai_salary_minvalue", "lever:acme:a1"));
        FakeServices.server().verify(getRequestedFor(urlPathEqualTo("/lever/v0/postings/acme"))
                .withQueryParam("mode", equalTo("json")).withQueryParam("skip", equalTo("2")).withQueryParam("limit", equalTo("2")));
    }

    private static void lever(boolean both) {
        String firstPage = "[" + leverPosting("a1", "Backend Engineer") + "," + (both ? leverPosting("b2", "Frontend Engineer")
                : leverPosting("c3", "Site Reliability Engineer")) + "]";
        SourceTesting.stub(get(urlPathEqualTo("/lever/v0/postings/acme")).withQueryParam("skip", equalTo("0")).willReturn(okJson(firstPage)));
        SourceTesting.stub(get(urlPathEqualTo("/lever/v0/postings/acme")).withQueryParam("skip", equalTo("2")).willReturn(okJson(
                "[{\"id\":\"bad\",\"text\":\"Broken\",\"createdAt\":\"not-a-date\",\"hostedUrl\":\"https://jobs.lever.co/acme/bad\"}]")));
    }

    private static String leverPosting(String id, String title) {
        return """
                {"id":"%s","text":"%s","categories":{"commitment":"Full-time","department":"Engineering","location":"Berlin",
                 "team":"Platform","allLocations":["Berlin"]},"country":"DE","createdAt":1767520800000,
                 "descriptionPlain":"Build our APIs in Java.","description":"<div>Build our APIs in Java.</div>",
                 "lists":[{"text":"Requirements","content":"<li>Java</li><li>SQL</li>"}],"additionalPlain":"Pension.",
                 "hostedUrl":"https://jobs.lever.co/acme/%s","applyUrl":"https://jobs.lever.co/acme/%s/apply",
                 "workplaceType":"hybrid","salaryRange":{"min":60000,"max":80000,"currency":"EUR","interval":"per-year-salary"}}"""
                .formatted(id, title, id, id);
    }

    // --- SmartRecruiters ---

    @Test
    void smartRecruiters() {
        SourceRun first = lifecycle("smartrecruiters-acme", "/sr/v1/companies/acme/postings", () -> smartRecruiters(true),
                () -> smartRecruiters(false), 404, "smartrecruiters:acme:744000002", "smartrecruiters:acme:744000001");
        assertEquals(2, first.pagesFetched, "offset/limit paging up to totalFound");
        assertTrue(SourceTesting.detail(first.id).getString("rejections[0].reason").startsWith("posting detail: not found (HTTP 404)"),
                SourceTesting.detail(first.id).getString("rejections[0].reason"));
        assertEquals("Acme SE", column("company", "smartrecruiters:acme:744000001"));
        assertEquals("https://jobs.smartrecruiters.com/AcmeSE/744000001-data-engineer", column("url", "smartrecruiters:acme:744000001"));
        assertTrue(column("description", "smartrecruiters:acme:744000001").contains("Python and SQL"));
        assertEquals("REMOTE", column("ai_work_arrangement", "smartrecruiters:acme:744000001"));
        assertEquals("Berlin, BE, de", column("location", "smartrecruiters:acme:744000001"));
    }

    private static void smartRecruiters(boolean both) {
        String path = "/sr/v1/companies/acme/postings";
        String second = both ? "744000002" : "744000004";
        SourceTesting.stub(get(urlPathEqualTo(path)).withQueryParam("offset", equalTo("0")).willReturn(okJson(
                "{\"offset\":0,\"limit\":2,\"totalFound\":3,\"content\":[" + srSummary("744000001", "Data Engineer") + ","
                        + srSummary(second, "ML Engineer") + "]}")));
        SourceTesting.stub(get(urlPathEqualTo(path)).withQueryParam("offset", equalTo("2")).willReturn(okJson(
                "{\"offset\":2,\"limit\":2,\"totalFound\":3,\"content\":[" + srSummary("744000003", "Gone Before Read") + "]}")));
        for (String id : List.of("744000001", second)) {
            SourceTesting.stub(get(urlPathEqualTo(path + "/" + id)).willReturn(okJson("""
                    {"id":"%s","name":"Engineer","postingUrl":"https://jobs.smartrecruiters.com/AcmeSE/%s-data-engineer",
                     "applyUrl":"https://jobs.smartrecruiters.com/AcmeSE/%s-data-engineer?oga=true",
                     "jobAd":{"sections":{"companyDescription":{"title":"Company","text":"<p>Acme builds.</p>"},
                      "jobDescription":{"title":"Job","text":"<p>You will use Python and SQL.</p>"},
                      "qualifications":{"title":"Qualifications","text":"<ul><li>3+ years of experience</li></ul>"},
                      "additionalInformation":{"title":"More","text":"<p>Pension</p>"}}}}""".formatted(id, id, id))));
        }
        SourceTesting.stub(get(urlPathEqualTo(path + "/744000003")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Job posting not found\"}")));
    }

    private static String srSummary(String id, String name) {
        return """
                {"id":"%s","name":"%s","uuid":"5b7c5b1e-0000-4000-8000-%s","refNumber":"REF-%s",
                 "company":{"identifier":"AcmeSE","name":"Acme SE"},"releasedDate":"2026-01-05T10:00:00.000Z",
                 "location":{"city":"Berlin","region":"BE","country":"de","remote":true},
                 "industry":{"id":"it","label":"Information Technology"},"department":{"id":"1","label":"Data"},
                 "function":{"id":"eng","label":"Engineering"},"typeOfEmployment":{"id":"permanent","label":"Full-time"},
                 "experienceLevel":{"id":"mid_senior_level","label":"Mid-Senior Level"},"customField":[],
                 "ref":"https://api.smartrecruiters.com/v1/companies/AcmeSE/postings/%s"}""".formatted(id, name, id + "000", id, id);
    }

    // --- Ashby ---

    @Test
    void ashby() {
        SourceRun first = lifecycle("ashby-acme", "/ashby/posting-api/job-board/acme", () -> ashby(true), () -> ashby(false), 404,
                "ashby:acme:22222222-0000-0000-0000-000000000002", "ashby:acme:11111111-0000-0000-0000-000000000001");
        assertEquals(2, first.newCount, "the unlisted posting is not on the board");
        assertEquals("id: missing", SourceTesting.detail(first.id).getString("rejections[0].reason"));
        String id = "ashby:acme:11111111-0000-0000-0000-000000000001";
        assertEquals("REMOTE", column("ai_work_arrangement", id));
        assertEquals("{FULL_TIME}", column("ai_employment_type", id));
        assertEquals("https://jobs.ashbyhq.com/acme/11111111-0000-0000-0000-000000000001", column("url", id));
        assertEquals("120000.00", column("ai_salary_maxvalue", id));
        assertEquals("{Berlin}", column("cities_derived", id));
        FakeServices.server().verify(getRequestedFor(urlPathEqualTo("/ashby/posting-api/job-board/acme"))
                .withQueryParam("includeCompensation", equalTo("true")));
    }

    private static void ashby(boolean both) {
        String jobs = ashbyJob("11111111-0000-0000-0000-000000000001", "Product Manager", true)
                + (both ? "," + ashbyJob("22222222-0000-0000-0000-000000000002", "Designer", true) : "")
                + "," + ashbyJob("33333333-0000-0000-0000-000000000003", "Secret Role", false)
                + ",{\"title\":\"No Id\",\"isListed\":true,\"jobUrl\":\"https://jobs.ashbyhq.com/acme/x\"}";
        SourceTesting.stub(get(urlPathEqualTo("/ashby/posting-api/job-board/acme")).willReturn(okJson(
                "{\"apiVersion\":\"1\",\"jobs\":[" + jobs + "]}")));
    }

    private static String ashbyJob(String id, String title, boolean listed) {
        return """
                {"id":"%s","title":"%s","department":"Product","team":"Growth","employmentType":"FullTime",
                 "location":"Berlin","secondaryLocations":[],"isListed":%s,"isRemote":true,"workplaceType":"Remote",
                 "address":{"postalAddress":{"addressLocality":"Berlin","addressRegion":"Berlin","addressCountry":"Germany"}},
                 "publishedAt":"2026-01-03T16:21:55.393+00:00","jobUrl":"https://jobs.ashbyhq.com/acme/%s",
                 "applyUrl":"https://jobs.ashbyhq.com/acme/%s/application","descriptionPlain":"Own the roadmap. SQL helps.",
                 "descriptionHtml":"<p>Own the roadmap. SQL helps.</p>","shouldDisplayCompensationOnJobPostings":true,
                 "compensation":{"compensationTierSummary":"€90K – €120K","summaryComponents":[{"compensationType":"Salary",
                 "interval":"1 YEAR","currencyCode":"EUR","minValue":90000,"maxValue":120000}]}}"""
                .formatted(id, title, listed, id, id);
    }

    // --- Workable ---

    @Test
    void workable() {
        SourceRun first = lifecycle("workable-acme", "/workable/api/v1/widget/accounts/acme", () -> workable(true),
                () -> workable(false), 404, "workable:acme:DEF456", "workable:acme:ABC123");
        assertEquals("id: missing", SourceTesting.detail(first.id).getString("rejections[0].reason"));
        assertEquals("Acme Workable", column("company", "workable:acme:ABC123"));
        assertEquals("REMOTE", column("ai_work_arrangement", "workable:acme:ABC123"));
        assertEquals("Help customers with SQL questions.", column("description", "workable:acme:ABC123"));
        // www.workable.com redirects to the widget API: the redirect was followed through the guard
        FakeServices.server().verify(getRequestedFor(urlPathEqualTo("/workable/api/v1/widget/accounts/acme")).withQueryParam("details", equalTo("true")));
    }

    private static void workable(boolean both) {
        SourceTesting.stub(get(urlPathEqualTo("/workable/api/accounts/acme")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "/workable/api/v1/widget/accounts/acme?details=true")));
        String jobs = workableJob("ABC123", "Support Agent") + (both ? "," + workableJob("DEF456", "Account Manager") : "")
                + ",{\"title\":\"No Shortcode\",\"url\":\"https://apply.workable.com/j/none\"}";
        SourceTesting.stub(get(urlPathEqualTo("/workable/api/v1/widget/accounts/acme")).willReturn(okJson(
                "{\"name\":\"Acme Workable\",\"description\":\"<p>We help.</p>\",\"jobs\":[" + jobs + "]}")));
    }

    private static String workableJob(String shortcode, String title) {
        return """
                {"title":"%s","shortcode":"%s","code":"","employment_type":"Full-time","telecommuting":true,
                 "department":"Support","url":"https://apply.workable.com/j/%s","shortlink":"https://apply.workable.com/j/%s",
                 "application_url":"https://apply.workable.com/j/%s/apply","published_on":"2026-01-03","created_at":"2026-01-02",
                 "country":"Germany","city":"Berlin","state":"Berlin","education":"","experience":"Mid-Senior level",
                 "function":"Customer Service","industry":"Software",
                 "locations":[{"country":"Germany","countryCode":"DE","city":"Berlin","region":"Berlin","hidden":false}],
                 "description":"<p>Help customers with SQL questions.</p>"}""".formatted(title, shortcode, shortcode, shortcode, shortcode);
    }

    // --- schema.org JSON-LD from a sitemap of career pages ---

    @Test
    void jsonLdCareerPages() {
        SourceRun first = lifecycle("careers", "/careers/sitemap.xml", () -> careers(true), () -> careers(false), 403,
                "json-ld:127.0.0.1:JOB-2", "json-ld:127.0.0.1:JOB-1");
        assertEquals(4, first.pagesFetched, "one page of the run per career page the sitemap lists");
        assertTrue(SourceTesting.detail(first.id).getString("rejections[0].reason").startsWith("JSON-LD block is not valid JSON"));
        assertEquals(3, SourceTesting.detail(first.id).getInt("rejections[0].page"));
        assertEquals("Acme Careers", column("company", "json-ld:127.0.0.1:JOB-1"));
        assertTrue(column("url", "json-ld:127.0.0.1:JOB-1").endsWith("/careers/jobs/1"));
        assertTrue(column("valid_through", "json-ld:127.0.0.1:JOB-1").startsWith("2099-12-31"));
    }

    private static void careers(boolean both) {
        String base = FakeServices.server().baseUrl().replace("localhost", "127.0.0.1");
        String urls = "<url><loc>" + base + "/careers/jobs/1</loc></url>" + (both ? "<url><loc>" + base + "/careers/jobs/2</loc></url>" : "")
                + "<url><loc>" + base + "/careers/jobs/broken</loc></url><url><loc>" + base + "/careers/about</loc></url>";
        SourceTesting.stub(get(urlPathEqualTo("/careers/sitemap.xml")).willReturn(aResponse().withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + urls + "</urlset>")));
        for (String n : List.of("1", "2")) {
            SourceTesting.stub(get(urlPathEqualTo("/careers/jobs/" + n)).willReturn(html("""
                    <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}</script>
                    <script type="application/ld+json">{"@context":"https://schema.org/","@type":"JobPosting","title":"Engineer %s",
                     "description":"<p>Python and SQL, 3+ years of experience.</p>","identifier":{"@type":"PropertyValue","name":"Acme","value":"JOB-%s"},
                     "datePosted":"2026-01-02","validThrough":"2099-12-31T00:00","employmentType":"FULL_TIME",
                     "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Berlin","addressCountry":"DE"}}}</script>
                    """.formatted(n, n))));
        }
        SourceTesting.stub(get(urlPathEqualTo("/careers/jobs/broken")).willReturn(html(
                "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\": </script>")));
        SourceTesting.stub(get(urlPathEqualTo("/careers/about")).willReturn(html(
                "<script type=\"application/ld+json\">{\"@type\":\"Organization\",\"name\":\"Acme\"}</script>")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String body) {
        return aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html><head>" + body + "</head><body>Jobs</body></html>");
    }

    // --- the life cycle every adapter goes through ---

    private SourceRun lifecycle(String source, String rateLimitedPath, Runnable allPostings, Runnable oneGone, int refusedStatus,
                                String goneId, String keptId) {
        allPostings.run();
        SourceRun first = runner.run(source, "test");
        assertEquals(SourceRunStatus.SUCCEEDED, first.status, first.error);
        assertTrue(first.complete);
        assertEquals(1, first.rejectedCount, "the malformed row");
        assertEquals("OPEN", SourceTesting.closedReason(db, goneId));
        assertEquals("OPEN", SourceTesting.closedReason(db, keptId));

        SourceTesting.reset();
        oneGone.run();
        SourceTesting.stub(get(urlPathEqualTo(rateLimitedPath)).atPriority(1).inScenario("quota").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("served"));
        SourceRun second = runner.run(source, "test");
        assertEquals(SourceRunStatus.SUCCEEDED, second.status, second.error);
        assertEquals(1, second.rateLimitedCount, "the 429 was waited out");
        assertEquals(1, second.closedCount, "the posting gone from the source is closed");
        assertEquals("GONE_FROM_SOURCE", SourceTesting.closedReason(db, goneId));
        assertEquals("OPEN", SourceTesting.closedReason(db, keptId));

        SourceTesting.reset();
        SourceTesting.stub(get(urlPathEqualTo(rateLimitedPath)).atPriority(1).willReturn(aResponse().withStatus(refusedStatus)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"No such board\"}")));
        allPostings.run();
        SourceRun refused = runner.run(source, "test");
        assertEquals(SourceRunStatus.FAILED, refused.status);
        assertTrue(refused.error.contains("HTTP " + refusedStatus) && refused.error.contains("No such board"), refused.error);
        assertFalse(refused.complete);
        assertEquals(0, refused.closedCount, "an incomplete run closes nothing");
        assertEquals("OPEN", SourceTesting.closedReason(db, keptId));

        SourceTesting.reset();
        allPostings.run();
        SourceRun back = runner.run(source, "test");
        assertEquals(SourceRunStatus.SUCCEEDED, back.status, back.error);
        assertEquals(1, back.reopenedCount, "the posting came back");
        assertEquals("OPEN", SourceTesting.closedReason(db, goneId));
        return first;
    }

    private String column(String column, String externalId) {
        return TestJobs.text(db, "SELECT " + column + "::text FROM jobs WHERE external_id = ?", externalId);
    }
}
