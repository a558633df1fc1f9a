package com.jobmatch.matching.userjobs;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Profiles;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * A seeker pastes a posting (or gives its URL) and gets its score, explanation, improvements and the deep analysis in
 * one answer; the job is theirs alone: every other person, recruiter, admin, the catalogue, statistics and other
 * services (without the owner named) get nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class UserJobsTest {

    static final UUID SEEKER = UUID.randomUUID();
    static final UUID RESUME = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final UUID OTHER_RESUME = UUID.randomUUID();
    static final String POSTING = """
            Senior Data Engineer
            Company: Umbrella Analytics
            You will build pipelines in Python and SQL on PostgreSQL. 5+ years of experience required.""";

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void fakes() {
        Catalogue.removeStubs();
        for (UUID[] who : new UUID[][] {{SEEKER, RESUME}, {OTHER, OTHER_RESUME}}) {
            Catalogue.stubProfile(who[1], Profiles.candidate(who[0], who[1], Profiles.javaPostgresDocker()));
            Catalogue.stubPreferences(who[0], new CandidatePreferences(who[0], List.of(), List.of(), List.of(), Set.of(),
                    Set.of(), null, false, false, List.of(), List.of(), List.of(), 60, null));
        }
        Catalogue.stubAnalysis(new JobMatchAnalysis(UUID.randomUUID(), 1, 2, 50.0, List.of("SQL"), List.of("Python"),
                List.of("Java"), "Aligned", "You have 6 years, the job asks for 5+",
                "Strong on SQL; Python is the gap to close.", "DETERMINISTIC", null));
    }

    @AfterEach
    void restore() {
        Catalogue.removeStubs();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    @Test
    void aPastedPostingIsScoredExplainedAndAnalysedInOneAnswerAndNobodyElseSeesIt() {
        String seeker = TestTokens.candidate(SEEKER);
        String other = TestTokens.candidate(OTHER);
        long catalogueBefore = as(seeker).get("/api/jobs/statistics").then().statusCode(200).extract().jsonPath().getLong("totalJobs");

        String id = as(seeker).body(Map.of("text", POSTING, "resumeId", RESUME.toString())).post("/api/jobs/mine")
                .then().statusCode(201)
                .header("Location", containsString("/api/jobs/mine/"))
                .body("job.title", equalTo("Senior Data Engineer"))
                .body("job.company", equalTo("Umbrella Analytics"))
                .body("job.sourceType", equalTo("text"))
                .body("job.enrichment", equalTo("DONE"))
                .body("match.match.overallScore", notNullValue())
                .body("match.match.reasons.size()", greaterThan(0))
                .body("match.match.missingRequiredSkills.name", hasItem(containsString("Python")))
                .body("match.match.improvements.size()", greaterThan(0))
                .body("analysisStatus", equalTo("DETERMINISTIC"))
                .body("analysis.narrative", equalTo("Strong on SQL; Python is the gap to close."))
                .extract().path("job.id");

        // the same posting again is the same job
        as(seeker).body(Map.of("text", POSTING)).post("/api/jobs/mine").then().statusCode(200).body("job.id", equalTo(id));
        // the owner uses it like any job of theirs
        as(seeker).get("/api/matches/" + RESUME + "/jobs/" + id).then().statusCode(200).body("match.jobId", equalTo(id));
        as(seeker).get("/api/jobs/" + id).then().statusCode(200).body("title", equalTo("Senior Data Engineer"));
        as(seeker).get("/api/jobs/mine").then().statusCode(200).body("items.id", hasItem(id))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(seeker).get("/api/jobs/mine/" + id).then().statusCode(200).body("company", equalTo("Umbrella Analytics"));
        given().header("Authorization", "Bearer " + TestTokens.service("resume-service"))
                .get("/internal/jobs/" + id + "/profile?forUser=" + SEEKER).then().statusCode(200).body("title", equalTo("Senior Data Engineer"));

        // nobody else: another seeker, an admin, a recruiter, other services without the owner, the catalogue, statistics
        as(other).get("/api/jobs/mine/" + id).then().statusCode(404).contentType("application/problem+json");
        as(other).get("/api/jobs/" + id).then().statusCode(404);
        as(TestTokens.admin(UUID.randomUUID())).get("/api/jobs/" + id).then().statusCode(404);
        as(other).get("/api/matches/" + OTHER_RESUME + "/jobs/" + id).then().statusCode(404);
        as(other).body(Map.of("type", "SAVED")).post("/api/matches/" + OTHER_RESUME + "/jobs/" + id + "/interactions").then().statusCode(404);
        as(other).body(Map.of("jobId", id)).post("/api/applications").then().statusCode(404);
        as(other).delete("/api/jobs/mine/" + id).then().statusCode(404);
        as(other).get("/api/jobs/mine").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(other).get("/api/matches?resumeId=" + OTHER_RESUME + "&refresh=true").then().statusCode(200).body("items.jobId", not(hasItem(id)));
        as(TestTokens.recruiter(UUID.randomUUID())).get("/api/matches/jobs/" + id + "/candidates").then().statusCode(404);
        for (String forUser : new String[] {"", "?forUser=" + OTHER}) {
            given().header("Authorization", "Bearer " + TestTokens.service("resume-service"))
                    .get("/internal/jobs/" + id + "/profile" + forUser).then().statusCode(404);
        }
        as(seeker).get("/api/jobs?q=Umbrella&size=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(seeker).get("/api/jobs/statistics").then().statusCode(200).body("totalJobs", equalTo((int) catalogueBefore));

        as(seeker).delete("/api/jobs/mine/" + id).then().statusCode(204);
        as(seeker).get("/api/jobs/mine/" + id).then().statusCode(404);
    }

    @Test
    void aPostingUrlIsReadFromItsJsonLdThroughTheGuard() {
        String base = FakeServices.server().baseUrl().replace("localhost", "127.0.0.1");
        FakeServices.server().stubFor(get(urlPathEqualTo("/brought/posting")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("""
                        <html><head><title>Careers</title><script type="application/ld+json">
                        {"@context":"https://schema.org","@type":"JobPosting","title":"Platform Engineer",
                         "hiringOrganization":{"@type":"Organization","name":"Hooli"},
                         "description":"<p>Kubernetes and SQL.</p>","identifier":"H-7"}</script></head><body>Apply</body></html>""")));
        FakeServices.server().stubFor(get(urlPathEqualTo("/brought/plain")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("""
                        <html><head><meta property="og:site_name" content="Pied Piper"></head>
                        <body><nav>Menu</nav><h1>Compression Engineer</h1><p>We need SQL.</p><footer>(c)</footer></body></html>""")));

        as(TestTokens.candidate(SEEKER)).body(Map.of("url", base + "/brought/posting")).post("/api/jobs/mine").then()
                .statusCode(201).body("job.title", equalTo("Platform Engineer")).body("job.company", equalTo("Hooli"))
                .body("job.sourceType", equalTo("url")).body("job.url", equalTo(base + "/brought/posting"))
                .body("match", equalTo(null));
        as(TestTokens.candidate(SEEKER)).body(Map.of("url", base + "/brought/plain")).post("/api/jobs/mine").then()
                .statusCode(201).body("job.title", equalTo("Compression Engineer")).body("job.company", equalTo("Pied Piper"));
    }

    @Test
    void badInputAndUnsafeUrlsAreRefusedWithTheField() {
        String seeker = TestTokens.candidate(SEEKER);
        as(seeker).body(Map.of()).post("/api/jobs/mine").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        as(seeker).body(Map.of("text", POSTING, "url", "https://example.org/job")).post("/api/jobs/mine").then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        as(seeker).body(Map.of("text", "x".repeat(100_001))).post("/api/jobs/mine").then().statusCode(400)
                .body("errors[0].field", containsString("text"));
        for (String unsafe : List.of("ftp://example.org/job", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/",
                "http://127.0.0.2/", "http://[::1]/", "http://10.1.2.3/", "http://user:secret@example.org/job", "not a url")) {
            as(seeker).body(Map.of("url", unsafe)).post("/api/jobs/mine").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        as(seeker).body(Map.of("url", "http://169.254.169.254/latest/meta-data/")).post("/api/jobs/mine").then()
                .body("errors[0].message", containsString("link-local"));
        // someone else's resume: 404 before anything is stored
        as(seeker).body(Map.of("text", POSTING + " other", "resumeId", OTHER_RESUME.toString())).post("/api/jobs/mine")
                .then().statusCode(404);
        // who may: only signed-in job seekers
        given().contentType("application/json").body(Map.of("text", POSTING)).post("/api/jobs/mine").then().statusCode(401);
        as(TestTokens.recruiter(UUID.randomUUID())).body(Map.of("text", POSTING)).post("/api/jobs/mine").then().statusCode(403);
        as(TestTokens.recruiter(UUID.randomUUID())).get("/api/jobs/mine").then().statusCode(403);
        given().get("/api/jobs/mine").then().statusCode(401);
        as(seeker).get("/api/jobs/mine/not-a-uuid").then().statusCode(startsWith4xx());
    }

    private static org.hamcrest.Matcher<Integer> startsWith4xx() {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400)).and(org.hamcrest.Matchers.lessThan(500));
    }
}
