package com.jobmatch.matching.talent;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.matching.FakeServices;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.jobmatch.matching.testing.Recruiting.audits;
import static com.jobmatch.matching.testing.Recruiting.call;
import static com.jobmatch.matching.testing.Recruiting.candidateToken;
import static com.jobmatch.matching.testing.Recruiting.emails;
import static com.jobmatch.matching.testing.Recruiting.get;
import static com.jobmatch.matching.testing.Recruiting.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Submissions to the organization's job or to a client, and the hot list with availability and tags. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class SubmissionsAndHotListTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID RECRUITER = UUID.randomUUID();
    static final UUID ADA = UUID.randomUUID();
    static final UUID ADA_RESUME = UUID.randomUUID();
    static final UUID BOB = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxWorker outbox;

    Catalogue catalogue;

    @BeforeEach
    void setUp() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        Recruiting.clear(catalogue);
        Recruiting.userService(202);
        Catalogue.stubProfile(ADA_RESUME, Recruiting.candidate(ADA, ADA_RESUME, "Ada Lovelace", Profiles.javaPostgresDocker()));
    }

    @AfterEach
    void tearDown() {
        Catalogue.removeStubs();
    }

    @Test
    void submittingAnApplicantMovesTheirApplicationAndAClientSubmissionIsKept() {
        String recruiter = OrgTokens.recruiter(RECRUITER, ORG);
        String posted = post(recruiter, "/api/recruiting/jobs", Map.of("posting", Recruiting.posting("Backend Engineer")))
                .statusCode(201).extract().path("id");
        String jobId = post(recruiter, "/api/recruiting/jobs/" + posted + "/publish", null).statusCode(200).extract().path("jobId");
        String application = post(candidateToken(ADA), "/api/applications", Map.of("jobId", jobId, "resumeId",
                ADA_RESUME.toString(), "status", "APPLIED")).statusCode(201).extract().path("id");

        post(recruiter, "/api/recruiting/submissions", Map.of("candidateUserId", ADA.toString())).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("postedJobId"));
        post(recruiter, "/api/recruiting/submissions", Map.of("candidateUserId", ADA.toString(), "resumeId",
                ADA_RESUME.toString(), "postedJobId", posted, "note", "Strong Java; ready now")).statusCode(201)
                .body("applicationId", equalTo(application)).body("postedJobId", equalTo(posted))
                .body("note", equalTo("Strong Java; ready now")).body("submittedBy", equalTo(RECRUITER.toString()));
        call(candidateToken(ADA), "GET", "/api/applications/" + application, null).statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        post(recruiter, "/api/recruiting/submissions", Map.of("candidateUserId", BOB.toString(), "clientName", "Globex",
                "note", "contract role")).statusCode(201).body("applicationId", nullValue()).body("postedJobId", nullValue())
                .body("clientName", equalTo("Globex"));
        get(recruiter, "/api/recruiting/submissions").statusCode(200).body("items.clientName", contains("Globex", null))
                .body("total", equalTo(2));
        // One page at a time, newest first.
        get(recruiter, "/api/recruiting/submissions?size=1&page=1").statusCode(200).body("items.clientName", contains((Object) null))
                .body("page", equalTo(1)).body("size", equalTo(1)).body("total", equalTo(2));
        get(recruiter, "/api/recruiting/submissions?postedJobId=" + posted).statusCode(200)
                .body("items.candidateUserId", contains(ADA.toString())).body("total", equalTo(1));

        outbox.drain();
        assertEquals(1, emails(ADA, "STAGE_CHANGED"), "the move to SUBMITTED is a stage change");
        assertEquals(2, audits("CANDIDATE_SUBMITTED"));
    }

    @Test
    void theHotListKeepsAvailabilityAndTagsPerOrganization() {
        String recruiter = OrgTokens.recruiter(RECRUITER, ORG);
        call(recruiter, "PUT", "/api/recruiting/hot-list/" + ADA, Map.of("resumeId", ADA_RESUME.toString(),
                "availability", "immediate", "tags", List.of("Java", "berlin", "java"), "note", "bench")).statusCode(200)
                .body("availability", equalTo("IMMEDIATE")).body("tags", contains("berlin", "java"));
        call(recruiter, "PUT", "/api/recruiting/hot-list/" + BOB, Map.of("availability", "ONE_MONTH",
                "availableFrom", "2027-01-15", "tags", List.of("python"))).statusCode(200)
                .body("availableFrom", equalTo("2027-01-15"));
        call(recruiter, "PUT", "/api/recruiting/hot-list/" + BOB, Map.of("availability", "soon")).statusCode(400)
                .body("errors[0].field", equalTo("availability"));
        get(recruiter, "/api/recruiting/hot-list").statusCode(200).body("items.size()", equalTo(2)).body("total", equalTo(2));
        get(recruiter, "/api/recruiting/hot-list?size=1").statusCode(200).body("items.candidateUserId", contains(BOB.toString()))
                .body("total", equalTo(2));
        get(recruiter, "/api/recruiting/hot-list?tag=JAVA").statusCode(200).body("items.candidateUserId", contains(ADA.toString()))
                .body("total", equalTo(1));
        get(recruiter, "/api/recruiting/hot-list?availability=ONE_MONTH").statusCode(200)
                .body("items.candidateUserId", contains(BOB.toString())).body("total", equalTo(1));
        // Putting someone on the list again updates their entry.
        call(recruiter, "PUT", "/api/recruiting/hot-list/" + ADA, Map.of("availability", "UNAVAILABLE")).statusCode(200)
                .body("tags.size()", equalTo(0));
        assertEquals(2, catalogue.count("SELECT count(*) FROM hot_list_candidates"));
        call(recruiter, "DELETE", "/api/recruiting/hot-list/" + ADA, null).statusCode(204);
        call(recruiter, "DELETE", "/api/recruiting/hot-list/" + ADA, null).statusCode(404);
        get(OrgTokens.recruiter(UUID.randomUUID(), UUID.randomUUID()), "/api/recruiting/hot-list").statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
        outbox.drain();
        assertEquals(3, audits("HOT_LIST_UPDATED"), "the refused change is not audited");
        assertEquals(1, audits("HOT_LIST_REMOVED"));
    }
}
