package com.jobmatch.matching.pipeline;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.enrichment.EnrichmentWorker;
import com.jobmatch.matching.outbox.OutboxWorker;
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

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.jobmatch.matching.testing.Recruiting.audits;
import static com.jobmatch.matching.testing.Recruiting.call;
import static com.jobmatch.matching.testing.Recruiting.candidateToken;
import static com.jobmatch.matching.testing.Recruiting.emails;
import static com.jobmatch.matching.testing.Recruiting.get;
import static com.jobmatch.matching.testing.Recruiting.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recruiter journey within matching-service: a job from a template, published (parsed and enriched like an
 * import), two candidates apply, the recruiter sees them ranked with explanations, moves them through the stages (one
 * and in bulk), schedules two interview rounds, records scorecards and an outcome, makes an offer; the candidate sees
 * each status; every email and audit entry reaches user-service (WireMock), each once.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class RecruiterJourneyTest {

    /** The real taxonomy's Java, which the posting's key skill "Java" resolves to. */
    static final String JAVA = "java-computer-programming";
    static final UUID ORG = UUID.randomUUID();
    static final UUID RECRUITER = UUID.randomUUID();
    static final UUID MANAGER = UUID.randomUUID();
    static final UUID COLLEAGUE = UUID.randomUUID();
    static final UUID ADA = UUID.randomUUID();
    static final UUID ADA_RESUME = UUID.randomUUID();
    static final UUID BOB = UUID.randomUUID();
    static final UUID BOB_RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EnrichmentWorker enrichment;
    @Inject
    OutboxWorker outbox;

    Catalogue catalogue;

    @BeforeEach
    void setUp() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        Recruiting.clear(catalogue);
        Recruiting.userService(202);
        Catalogue.stubProfile(ADA_RESUME, Recruiting.candidate(ADA, ADA_RESUME, "Ada Lovelace",
                List.of(Profiles.skill(JAVA, "Java", "Built Java services at Acme"),
                        Profiles.skill("postgresql", "PostgreSQL", "Tuned PostgreSQL queries"))));
        Catalogue.stubProfile(BOB_RESUME, Recruiting.candidate(BOB, BOB_RESUME, "Bob Builder",
                List.of(Profiles.skill("docker", "Docker", null))));
    }

    @AfterEach
    void tearDown() {
        Catalogue.removeStubs();
    }

    @Test
    void aRecruiterPostsAJobAndTakesACandidateFromApplicationToOffer() {
        String recruiter = OrgTokens.recruiter(RECRUITER, ORG);
        String manager = OrgTokens.hiringManager(MANAGER, ORG);
        String ada = candidateToken(ADA);

        // A template, and a draft made from it: the template's fields, the title given.
        String template = post(recruiter, "/api/recruiting/templates",
                Map.of("name", "Backend", "posting", Recruiting.posting("Backend Engineer"))).statusCode(201)
                .body("organizationId", equalTo(ORG.toString())).extract().path("id");
        String posted = post(recruiter, "/api/recruiting/jobs",
                Map.of("templateId", template, "posting", Map.of("title", "Senior Backend Engineer"))).statusCode(201)
                .body("status", equalTo("DRAFT")).body("posting.title", equalTo("Senior Backend Engineer"))
                .body("posting.company", equalTo("Initech")).body("posting.keySkills", contains("Java", "PostgreSQL"))
                .body("templateId", equalTo(template)).body("jobId", nullValue()).extract().path("id");
        assertEquals(0, catalogue.count("SELECT count(*) FROM jobs"), "a draft is in no catalogue, search or ranking");
        get(manager, "/api/recruiting/jobs/" + posted).statusCode(200).body("status", equalTo("DRAFT"));
        post(manager, "/api/recruiting/jobs/" + posted + "/publish", null).statusCode(403);

        // Published: in the catalogue, queued for enrichment like an import, enriched, and matched.
        String jobId = post(recruiter, "/api/recruiting/jobs/" + posted + "/publish", null).statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue()).extract().path("jobId");
        assertEquals(1, catalogue.count("SELECT count(*) FROM enrichment_queue WHERE job_id = '" + jobId + "' AND status = 'pending'"));
        enrichment.processDue();
        assertTrue(catalogue.count("SELECT count(*) FROM job_skills js JOIN matching_metadata.skills_taxonomy s "
                + "ON s.id = js.skill_id WHERE js.job_id = '" + jobId + "' AND s.slug = '" + JAVA + "'") == 1, "the key skills are the job's skills");
        get(ada, "/api/jobs/" + jobId).statusCode(200).body("title", equalTo("Senior Backend Engineer"));
        post(recruiter, "/api/recruiting/jobs/" + posted + "/publish", null).statusCode(409);

        // Two candidates apply; the organization moves their applications, the candidate may only withdraw.
        String adaApp = post(ada, "/api/applications", Map.of("jobId", jobId, "resumeId", ADA_RESUME.toString(),
                "status", "APPLIED")).statusCode(201).body("organizationManaged", equalTo(true))
                .body("allowedNext", contains("WITHDRAWN")).extract().path("id");
        String bobApp = post(candidateToken(BOB), "/api/applications", Map.of("jobId", jobId, "resumeId",
                BOB_RESUME.toString(), "status", "APPLIED")).statusCode(201).extract().path("id");
        post(ada, "/api/applications/" + adaApp + "/transitions", Map.of("status", "INTERVIEWING")).statusCode(409);

        // Ranked, best first, with names (they applied) and the explanation of each score.
        get(recruiter, "/api/recruiting/jobs/" + posted + "/applicants").statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.applicationId", contains(adaApp, bobApp))
                .body("items.name", contains("Ada Lovelace", "Bob Builder"))
                .body("items[0].stage", equalTo("APPLIED"))
                .body("items[0].match.matchedSkills.skillId", hasItem(JAVA))
                .body("items[1].match.missingRequiredSkills.skillId", hasItem(JAVA))
                .body("items[0].score", greaterThan(0f));
        get(manager, "/api/recruiting/jobs/" + posted + "/applicants").statusCode(200);
        // Paged like every list, the ranking kept across pages: the second page of one is the runner-up, explained
        // in full as the first page's applicant is; past the end is an empty page; bad values name their parameter.
        get(recruiter, "/api/recruiting/jobs/" + posted + "/applicants?page=0&size=1").statusCode(200)
                .body("items.applicationId", contains(adaApp)).body("total", equalTo(2)).body("size", equalTo(1));
        get(recruiter, "/api/recruiting/jobs/" + posted + "/applicants?page=1&size=1").statusCode(200)
                .body("items.applicationId", contains(bobApp)).body("total", equalTo(2)).body("page", equalTo(1))
                .body("items[0].match.missingRequiredSkills.skillId", hasItem(JAVA))
                .body("items[0].match.improvements.size()", greaterThan(0));
        get(recruiter, "/api/recruiting/jobs/" + posted + "/applicants?page=2&size=1").statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(2));
        get(recruiter, "/api/recruiting/jobs/" + posted + "/applicants?page=-1").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        get(recruiter, "/api/recruiting/jobs/" + posted + "/applicants?size=0").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        get(recruiter, "/api/recruiting/jobs/" + posted + "/applicants?size=101").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));

        // Both to screening in bulk; Bob rejected with a reason; Ada to interviewing.
        post(manager, "/api/recruiting/jobs/" + posted + "/applicants/stage",
                Map.of("applicationIds", List.of(adaApp, bobApp), "stage", "SCREENING")).statusCode(403);
        post(recruiter, "/api/recruiting/jobs/" + posted + "/applicants/stage",
                Map.of("applicationIds", List.of(adaApp, bobApp, UUID.randomUUID().toString()), "stage", "SCREENING"))
                .statusCode(200).body("moved", equalTo(2))
                .body("items.find { it.applicationId == '" + adaApp + "' }.stage", equalTo("SCREENING"))
                .body("items.findAll { !it.moved }.error", contains("not an applicant of this job"));
        get(ada, "/api/applications/" + adaApp).statusCode(200).body("status", equalTo("SCREENING"));
        post(recruiter, "/api/recruiting/applications/" + bobApp + "/stage", Map.of("stage", "REJECTED")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("rejectionReason"));
        post(recruiter, "/api/recruiting/applications/" + bobApp + "/stage",
                Map.of("stage", "REJECTED", "rejectionReason", "No Java experience", "note", "internal: weak screen"))
                .statusCode(200).body("stage", equalTo("REJECTED")).body("rejectionReason", equalTo("No Java experience"));
        get(candidateToken(BOB), "/api/applications/" + bobApp).statusCode(200).body("status", equalTo("REJECTED"))
                .body("allowedNext.size()", equalTo(0))
                .body("history.find { it.to == 'REJECTED' }.note", nullValue());
        post(recruiter, "/api/recruiting/applications/" + bobApp + "/stage", Map.of("stage", "OFFER")).statusCode(409);
        post(recruiter, "/api/recruiting/applications/" + adaApp + "/stage", Map.of("stage", "INTERVIEWING"))
                .statusCode(200).body("stage", equalTo("INTERVIEWING"));
        get(ada, "/api/applications/" + adaApp).statusCode(200).body("status", equalTo("INTERVIEWING"));

        // Two rounds, in the interview's time zone.
        Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Instant second = first.plus(4, ChronoUnit.DAYS);
        String round1 = post(recruiter, "/api/recruiting/applications/" + adaApp + "/interviews", Map.of("kind", "VIDEO",
                "startsAt", first.toString(), "timeZone", "Europe/Berlin", "durationMinutes", 45,
                "interviewers", List.of(RECRUITER.toString(), MANAGER.toString()), "meetingUrl", "https://meet.example/ada"))
                .statusCode(201).body("round", equalTo(1)).body("timeZone", equalTo("Europe/Berlin"))
                .body("startsAt", equalTo(first.toString())).body("localStart", containsString("CET"))
                .extract().path("id");
        String round2 = post(recruiter, "/api/recruiting/applications/" + adaApp + "/interviews", Map.of("kind", "ONSITE",
                "startsAt", second.toString(), "timeZone", "America/New_York", "durationMinutes", 90,
                "interviewers", List.of(MANAGER.toString()), "location", "Initech HQ, 5th floor"))
                .statusCode(201).body("round", equalTo(2)).body("localStart", containsString("EST")).extract().path("id");
        get(ada, "/api/applications/" + adaApp).statusCode(200)
                .body("nextInterviewAt", org.hamcrest.Matchers.startsWith(first.toString().substring(0, 16)));

        // Scorecards: each interviewer their own; a member who is not an interviewer of the round may not.
        call(recruiter, "PUT", "/api/recruiting/interviews/" + round1 + "/feedback",
                Map.of("rating", 4, "recommendation", "YES", "notes", "Solid Java")).statusCode(200);
        call(manager, "PUT", "/api/recruiting/interviews/" + round1 + "/feedback",
                Map.of("rating", 5, "recommendation", "strong_yes")).statusCode(200).body("feedback.size()", equalTo(2));
        call(OrgTokens.recruiter(COLLEAGUE, ORG), "PUT", "/api/recruiting/interviews/" + round1 + "/feedback",
                Map.of("rating", 1, "recommendation", "NO")).statusCode(403);
        call(recruiter, "PUT", "/api/recruiting/interviews/" + round1 + "/feedback",
                Map.of("rating", 6, "recommendation", "YES")).statusCode(400).body("errors[0].field", containsString("rating"));
        post(recruiter, "/api/recruiting/interviews/" + round1 + "/outcome", Map.of("outcome", "PASSED")).statusCode(200)
                .body("outcome", equalTo("PASSED"));
        get(manager, "/api/recruiting/applications/" + adaApp + "/interviews").statusCode(200)
                .body("items.round", contains(1, 2)).body("items[0].feedback.rating", contains(4, 5))
                .body("items[0].outcome", equalTo("PASSED")).body("items[1].location", equalTo("Initech HQ, 5th floor"))
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(50));
        // The rounds are one paged list like every other: the second page of one round each is round 2.
        get(manager, "/api/recruiting/applications/" + adaApp + "/interviews?page=1&size=1").statusCode(200)
                .body("items.round", contains(2)).body("total", equalTo(2)).body("size", equalTo(1));
        get(manager, "/api/recruiting/applications/" + adaApp + "/interviews?size=0").statusCode(400)
                .body("errors[0].field", containsString("size"));
        get(ada, "/api/applications/" + adaApp).statusCode(200)
                .body("nextInterviewAt", org.hamcrest.Matchers.startsWith(second.toString().substring(0, 16)));

        // The candidate sees their rounds (when, in which zone, what kind, how long, where), never the scorecards,
        // the interviewers or the organization's outcome; in the list of their applications too.
        get(ada, "/api/applications/" + adaApp).statusCode(200)
                .body("interviews.round", contains(1, 2))
                .body("interviews.kind", contains("VIDEO", "ONSITE"))
                .body("interviews.timeZone", contains("Europe/Berlin", "America/New_York"))
                .body("interviews[0].startsAt", equalTo(first.toString()))
                .body("interviews[0].localStart", containsString("CET"))
                .body("interviews[1].localStart", containsString("EST"))
                .body("interviews.durationMinutes", contains(45, 90))
                .body("interviews[0].meetingUrl", equalTo("https://meet.example/ada"))
                .body("interviews[1].location", equalTo("Initech HQ, 5th floor"))
                .body("interviews.cancelled", contains(false, false))
                .body("interviews[0]", not(hasKey("feedback")))
                .body("interviews[0]", not(hasKey("interviewers")))
                .body("interviews[0]", not(hasKey("outcome")))
                .body("interviews[0]", not(hasKey("outcomeNotes")));
        get(ada, "/api/applications").statusCode(200)
                .body("items.find { it.id == '" + adaApp + "' }.interviews.round", contains(1, 2));
        get(candidateToken(BOB), "/api/applications").statusCode(200)
                .body("items.find { it.id == '" + bobApp + "' }.interviews.size()", equalTo(0))
                .body("items.id", not(hasItem(adaApp)));
        get(candidateToken(BOB), "/api/applications/" + adaApp).statusCode(404)
                .contentType("application/problem+json");
        assertEquals(2, catalogue.count("SELECT count(*) FROM interviews WHERE id IN ('" + round1 + "', '" + round2 + "')"));

        // The offer.
        post(recruiter, "/api/recruiting/applications/" + adaApp + "/stage", Map.of("stage", "OFFER")).statusCode(200);
        get(ada, "/api/applications/" + adaApp).statusCode(200).body("status", equalTo("OFFER"))
                .body("history.to", contains("APPLIED", "SCREENING", "INTERVIEWING", "OFFER"));

        // Every email and audit entry reached user-service once, with the service's token.
        assertEquals(0, FakeServices.server().findAll(WireMock.postRequestedFor(urlPathEqualTo(Recruiting.EMAIL))).size(),
                "nothing is sent before the outbox runs");
        int calls = outbox.drain();
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_service_outbox"), "every call was made");
        assertEquals(3, emails(ADA, "STAGE_CHANGED"), "screening, interviewing, offer");
        assertEquals(2, emails(ADA, "INTERVIEW_SCHEDULED"));
        assertEquals(2, emails(BOB, "STAGE_CHANGED"), "screening, rejected");
        assertEquals(1, audits("JOB_TEMPLATE_CREATED"));
        assertEquals(1, audits("JOB_CREATED"));
        assertEquals(1, audits("JOB_PUBLISHED"));
        assertEquals(5, audits("APPLICATION_STAGE_CHANGED"));
        assertEquals(2, audits("INTERVIEW_SCHEDULED"));
        assertEquals(2, audits("INTERVIEW_FEEDBACK_RECORDED"));
        assertEquals(1, audits("INTERVIEW_OUTCOME_RECORDED"));
        assertEquals(calls, FakeServices.server().findAll(WireMock.postRequestedFor(urlPathEqualTo(Recruiting.EMAIL))).size()
                + FakeServices.server().findAll(WireMock.postRequestedFor(urlPathEqualTo(Recruiting.AUDIT))).size());
        FakeServices.server().verify(WireMock.postRequestedFor(urlPathEqualTo(Recruiting.EMAIL))
                .withHeader("Authorization", WireMock.equalTo("Bearer fake-service-token"))
                .withRequestBody(WireMock.matchingJsonPath("$.subject", WireMock.containing("Senior Backend Engineer"))));
        FakeServices.server().verify(WireMock.postRequestedFor(urlPathEqualTo(Recruiting.AUDIT))
                .withRequestBody(WireMock.matchingJsonPath("$.organizationId", WireMock.equalTo(ORG.toString())))
                .withRequestBody(WireMock.matchingJsonPath("$.actorId", WireMock.equalTo(RECRUITER.toString())))
                .withRequestBody(WireMock.matchingJsonPath("$.detail.rejectionReason", WireMock.equalTo("No Java experience"))));
    }

    @Test
    void aPublishedJobIsEditedClosedAndReopened() {
        String recruiter = OrgTokens.owner(RECRUITER, ORG);
        String posted = post(recruiter, "/api/recruiting/jobs", Map.of("posting", Recruiting.posting("Data Engineer")))
                .statusCode(201).extract().path("id");
        post(recruiter, "/api/recruiting/jobs", Map.of("posting", Map.of("title", "No company"))).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("company"));
        post(recruiter, "/api/recruiting/jobs", Map.of("templateId", UUID.randomUUID().toString())).statusCode(400)
                .body("errors[0].field", equalTo("templateId"));
        String jobId = post(recruiter, "/api/recruiting/jobs/" + posted + "/publish", null).statusCode(200).extract().path("jobId");
        enrichment.processDue();
        assertEquals(0, catalogue.count("SELECT count(*) FROM enrichment_queue WHERE status = 'pending'"));

        var edited = new java.util.HashMap<>(Recruiting.posting("Senior Data Engineer"));
        call(recruiter, "PUT", "/api/recruiting/jobs/" + posted, edited).statusCode(200)
                .body("posting.title", equalTo("Senior Data Engineer")).body("jobId", equalTo(jobId));
        get(candidateToken(ADA), "/api/jobs/" + jobId).statusCode(200).body("title", equalTo("Senior Data Engineer"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM enrichment_queue WHERE job_id = '" + jobId + "' AND status = 'pending'"),
                "an edit is enriched again");

        post(recruiter, "/api/recruiting/jobs/" + posted + "/close", null).statusCode(200).body("status", equalTo("CLOSED"));
        get(OrgTokens.recruiter(RECRUITER, ORG), "/api/matches/jobs/" + jobId + "/candidates").statusCode(409);
        call(recruiter, "PUT", "/api/recruiting/jobs/" + posted, edited).statusCode(409);
        post(recruiter, "/api/recruiting/jobs/" + posted + "/close", null).statusCode(409);
        get(recruiter, "/api/recruiting/jobs?status=closed").statusCode(200).body("items.id", contains(posted))
                .body("total", equalTo(1));
        get(recruiter, "/api/recruiting/jobs?status=gone").statusCode(400).body("errors[0].field", equalTo("status"));

        Catalogue.stubSearchable(new Page<>(List.of(), 0, 100, 0));
        post(recruiter, "/api/recruiting/jobs/" + posted + "/reopen", null).statusCode(200).body("status", equalTo("PUBLISHED"));
        get(OrgTokens.recruiter(RECRUITER, ORG), "/api/matches/jobs/" + jobId + "/candidates").statusCode(200);
        outbox.drain();
        assertEquals(1, audits("JOB_EDITED"));
        assertEquals(1, audits("JOB_CLOSED"));
        assertEquals(1, audits("JOB_REOPENED"));
    }
}
