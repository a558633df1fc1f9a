package com.jobmatch.matching.pipeline;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.testing.OrgTokens;
import com.jobmatch.matching.testing.Profiles;
import com.jobmatch.matching.testing.Recruiting;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.jobmatch.matching.testing.Recruiting.call;
import static com.jobmatch.matching.testing.Recruiting.candidateToken;
import static com.jobmatch.matching.testing.Recruiting.get;
import static com.jobmatch.matching.testing.Recruiting.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Who may do what on the recruiter endpoints: an anonymous caller gets 401, a candidate 403, a recruiter of no
 * organization 403, a recruiter of another organization 404 on every record of this one (and none of them in its
 * lists), a hiring manager 403 on every change; and recruiter search shows a candidate's name only to the
 * organizations the candidate applied to.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class RecruiterAccessTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID OTHER_ORG = UUID.randomUUID();
    static final UUID RECRUITER = UUID.randomUUID();
    static final UUID ADA = UUID.randomUUID();
    static final UUID ADA_RESUME = UUID.randomUUID();
    static final UUID BOB = UUID.randomUUID();
    static final UUID BOB_RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;

    Catalogue catalogue;
    String template;
    String posted;
    String jobId;
    String application;
    String interview;

    record Endpoint(String method, String path, Object body, boolean edits) {
    }

    @BeforeEach
    void setUp() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        Recruiting.clear(catalogue);
        Recruiting.userService(202);
        Catalogue.stubProfile(ADA_RESUME, Recruiting.candidate(ADA, ADA_RESUME, "Ada Lovelace", Profiles.javaPostgresDocker()));
        Catalogue.stubProfile(BOB_RESUME, Recruiting.candidate(BOB, BOB_RESUME, "Bob Builder", Profiles.javaPostgresDocker()));
        String recruiter = OrgTokens.recruiter(RECRUITER, ORG);
        template = post(recruiter, "/api/recruiting/templates", Map.of("name", "Backend", "posting",
                Recruiting.posting("Backend Engineer"))).statusCode(201).extract().path("id");
        posted = post(recruiter, "/api/recruiting/jobs", Map.of("templateId", template)).statusCode(201).extract().path("id");
        jobId = post(recruiter, "/api/recruiting/jobs/" + posted + "/publish", null).statusCode(200).extract().path("jobId");
        application = post(candidateToken(ADA), "/api/applications", Map.of("jobId", jobId, "resumeId", ADA_RESUME.toString(),
                "status", "APPLIED")).statusCode(201).extract().path("id");
        post(recruiter, "/api/recruiting/applications/" + application + "/stage", Map.of("stage", "INTERVIEWING")).statusCode(200);
        interview = post(recruiter, "/api/recruiting/applications/" + application + "/interviews", interviewBody(RECRUITER))
                .statusCode(201).extract().path("id");
        call(recruiter, "PUT", "/api/recruiting/hot-list/" + ADA, Map.of("availability", "IMMEDIATE", "tags", List.of("java")))
                .statusCode(200);
    }

    @AfterEach
    void tearDown() {
        Catalogue.removeStubs();
    }

    static Map<String, Object> interviewBody(UUID interviewer) {
        return Map.of("kind", "PHONE", "startsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(), "timeZone", "UTC",
                "durationMinutes", 30, "interviewers", List.of(interviewer.toString()), "meetingUrl", "https://meet.example/x");
    }

    /** Every endpoint on this organization's records, with a valid body. */
    List<Endpoint> records(UUID caller) {
        return List.of(
                new Endpoint("GET", "/api/recruiting/templates/" + template, null, false),
                new Endpoint("GET", "/api/recruiting/jobs/" + posted, null, false),
                new Endpoint("PUT", "/api/recruiting/jobs/" + posted, Recruiting.posting("Taken over"), true),
                new Endpoint("POST", "/api/recruiting/jobs/" + posted + "/publish", null, true),
                new Endpoint("POST", "/api/recruiting/jobs/" + posted + "/close", null, true),
                new Endpoint("POST", "/api/recruiting/jobs/" + posted + "/reopen", null, true),
                new Endpoint("GET", "/api/recruiting/jobs/" + posted + "/applicants", null, false),
                new Endpoint("POST", "/api/recruiting/jobs/" + posted + "/applicants/stage",
                        Map.of("applicationIds", List.of(application), "stage", "OFFER"), true),
                new Endpoint("POST", "/api/recruiting/applications/" + application + "/stage", Map.of("stage", "OFFER"), true),
                new Endpoint("POST", "/api/recruiting/applications/" + application + "/interviews", interviewBody(caller), true),
                new Endpoint("GET", "/api/recruiting/applications/" + application + "/interviews", null, false),
                new Endpoint("PUT", "/api/recruiting/interviews/" + interview + "/feedback",
                        Map.of("rating", 1, "recommendation", "NO"), false),
                new Endpoint("POST", "/api/recruiting/interviews/" + interview + "/outcome", Map.of("outcome", "FAILED"), true),
                new Endpoint("POST", "/api/recruiting/submissions", Map.of("candidateUserId", ADA.toString(),
                        "postedJobId", posted), true),
                new Endpoint("DELETE", "/api/recruiting/hot-list/" + ADA, null, true));
    }

    /** The organization-wide endpoints (no record id in the path). */
    List<Endpoint> collections() {
        return List.of(
                new Endpoint("GET", "/api/recruiting/templates", null, false),
                new Endpoint("POST", "/api/recruiting/templates", Map.of("name", "Another", "posting",
                        Map.of("title", "x")), true),
                new Endpoint("GET", "/api/recruiting/jobs", null, false),
                new Endpoint("POST", "/api/recruiting/jobs", Map.of("posting", Recruiting.posting("Another")), true),
                new Endpoint("GET", "/api/recruiting/submissions", null, false),
                new Endpoint("POST", "/api/recruiting/submissions", Map.of("candidateUserId", ADA.toString(),
                        "clientName", "Globex"), true),
                new Endpoint("GET", "/api/recruiting/hot-list", null, false),
                new Endpoint("PUT", "/api/recruiting/hot-list/" + BOB, Map.of("availability", "LATER"), true));
    }

    @Test
    void anonymousCallersCandidatesAndRecruitersWithoutOrganizationAreRefusedEverywhere() {
        UUID candidate = UUID.randomUUID();
        for (Endpoint e : concat(records(candidate), collections())) {
            call(null, e.method(), e.path(), e.body()).statusCode(401);
            call(TestTokens.candidate(candidate), e.method(), e.path(), e.body()).statusCode(403);
            call(candidateToken(ADA), e.method(), e.path(), e.body()).statusCode(403);
            call(TestTokens.recruiter(candidate), e.method(), e.path(), e.body()).statusCode(403);
        }
        assertUnchanged();
    }

    @Test
    void aRecruiterOfAnotherOrganizationFindsNoneOfThisOrganizationsRecords() {
        UUID stranger = UUID.randomUUID();
        for (String token : List.of(OrgTokens.recruiter(stranger, OTHER_ORG), OrgTokens.owner(stranger, OTHER_ORG))) {
            for (Endpoint e : records(stranger)) {
                call(token, e.method(), e.path(), e.body()).statusCode(404).contentType("application/problem+json");
            }
            get(token, "/api/recruiting/templates").statusCode(200).body("items", empty()).body("total", equalTo(0));
            get(token, "/api/recruiting/jobs").statusCode(200).body("items", empty()).body("total", equalTo(0));
            get(token, "/api/recruiting/submissions").statusCode(200).body("items", empty()).body("total", equalTo(0));
            get(token, "/api/recruiting/hot-list").statusCode(200).body("items", empty()).body("total", equalTo(0));
        }
        assertUnchanged();
    }

    @Test
    void aHiringManagerReadsButChangesNothing() {
        UUID manager = UUID.randomUUID();
        String token = OrgTokens.hiringManager(manager, ORG);
        for (Endpoint e : concat(records(manager), collections())) {
            if (e.edits()) {
                call(token, e.method(), e.path(), e.body()).statusCode(403).contentType("application/problem+json");
            } else if (e.method().equals("GET")) {
                call(token, e.method(), e.path(), e.body()).statusCode(200);
            }
        }
        // Feedback is the interviewers' own: a hiring manager who is not one of this round's gets 403 too.
        call(token, "PUT", "/api/recruiting/interviews/" + interview + "/feedback", Map.of("rating", 1, "recommendation", "NO"))
                .statusCode(403);
        get(token, "/api/recruiting/jobs").statusCode(200).body("items.id", contains(posted));
        assertUnchanged();
    }

    private void assertUnchanged() {
        get(OrgTokens.recruiter(RECRUITER, ORG), "/api/recruiting/jobs/" + posted).statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("posting.title", equalTo("Backend Engineer"));
        get(candidateToken(ADA), "/api/applications/" + application).statusCode(200).body("status", equalTo("INTERVIEWING"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM interviews"));
        assertEquals(0, catalogue.count("SELECT count(*) FROM interview_feedback"));
        assertEquals(0, catalogue.count("SELECT count(*) FROM candidate_submissions"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM hot_list_candidates"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM posted_jobs"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM job_templates"));
    }

    @Test
    void searchShowsACandidatesNameOnlyToOrganizationsTheyAppliedTo() {
        Catalogue.stubSearchable(new Page<>(List.of(
                Recruiting.candidate(ADA, ADA_RESUME, "Ada Lovelace", Profiles.javaPostgresDocker()),
                Recruiting.candidate(BOB, BOB_RESUME, "Bob Builder", Profiles.javaPostgresDocker())), 0, 100, 2));
        String path = "/api/matches/jobs/" + jobId + "/candidates";
        get(OrgTokens.recruiter(RECRUITER, ORG), path).statusCode(200)
                .body("items.find { it.userId == '" + ADA + "' }.name", equalTo("Ada Lovelace"))
                .body("items.find { it.userId == '" + BOB + "' }.name", nullValue())
                .body("items.find { it.userId == '" + BOB + "' }.nameHidden", equalTo(true));
        get(OrgTokens.recruiter(UUID.randomUUID(), OTHER_ORG), path).statusCode(200)
                .body("items.name", contains(nullValue(), nullValue())).body("items.nameHidden", contains(true, true));
        get(TestTokens.recruiter(UUID.randomUUID()), path).statusCode(200).body("items.name", contains(nullValue(), nullValue()));
        get(TestTokens.admin(UUID.randomUUID()), path).statusCode(200)
                .body("items.name", containsInAnyOrder("Ada Lovelace", "Bob Builder"));

        // Saving the job is not applying; applying is.
        String bobs = post(candidateToken(BOB), "/api/applications", Map.of("jobId", jobId, "resumeId", BOB_RESUME.toString()))
                .statusCode(201).body("status", equalTo("SAVED")).body("allowedNext", contains("APPLIED", "WITHDRAWN"))
                .extract().path("id");
        get(OrgTokens.recruiter(RECRUITER, ORG), path).statusCode(200)
                .body("items.find { it.userId == '" + BOB + "' }.name", nullValue());
        post(candidateToken(BOB), "/api/applications/" + bobs + "/transitions", Map.of("status", "APPLIED")).statusCode(200);
        get(OrgTokens.recruiter(RECRUITER, ORG), path).statusCode(200)
                .body("items.find { it.userId == '" + BOB + "' }.name", equalTo("Bob Builder"));
        get(OrgTokens.recruiter(UUID.randomUUID(), OTHER_ORG), path).statusCode(200).body("items.name", contains(nullValue(), nullValue()));
    }

    /**
     * Which resumes a recruiter may rank is resume-service's to say, per organization (the owner's visibility setting):
     * matching asks for the caller's organization's resumes, and for those visible to all when the caller is in none.
     */
    @Test
    void searchAsksResumeServiceForTheResumesTheCallersOrganizationMaySee() {
        Catalogue.stubSearchable(new Page<>(List.of(
                Recruiting.candidate(ADA, ADA_RESUME, "Ada Lovelace", Profiles.javaPostgresDocker())), 0, 100, 1));
        String path = "/api/matches/jobs/" + jobId + "/candidates";
        FakeServices.server().resetRequests();
        get(OrgTokens.recruiter(RECRUITER, ORG), path).statusCode(200);
        get(OrgTokens.hiringManager(UUID.randomUUID(), OTHER_ORG), path).statusCode(200);
        get(TestTokens.admin(UUID.randomUUID()), path).statusCode(200);
        var searches = FakeServices.server().findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/internal/resumes/searchable")));
        assertEquals(3, searches.size());
        assertEquals(ORG.toString(), searches.get(0).queryParameter("organization").firstValue());
        assertEquals(OTHER_ORG.toString(), searches.get(1).queryParameter("organization").firstValue());
        assertFalse(searches.get(2).queryParameter("organization").isPresent(), "an admin, of no organization: visible to all");
    }

    private static List<Endpoint> concat(List<Endpoint> a, List<Endpoint> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
