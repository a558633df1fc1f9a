package com.jobmatch.e2e.journey;

import com.jobmatch.e2e.support.Accounts;
import com.jobmatch.e2e.support.Accounts.SignedIn;
import com.jobmatch.e2e.support.Eventually;
import com.jobmatch.e2e.support.Mailbox;
import com.jobmatch.e2e.support.Mailbox.Mail;
import com.jobmatch.e2e.support.Resumes;
import com.jobmatch.e2e.support.RunningServices;
import com.jobmatch.e2e.support.ServiceProcesses;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recruiter journey across the four running services (issue 20), with every mail read from the SMTP server
 * user-service sends to ({@link Mailbox}, GreenMail): an admin creates an organization with its owner; the owner invites
 * a recruiter, who accepts with the mailed token; the recruiter posts a job from a template; a candidate uploads a
 * resume and applies; the recruiter sees the applicants ranked with their explanations, moves the candidate to
 * interviewing, schedules two rounds (the first within a day, so its reminder goes out to the candidate and its
 * interviewer), records a scorecard and makes an offer; the candidate sees each status and the rounds, and gets each email.
 */
@ExtendWith(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecruiterJourneyTest {

    private static final Duration BACKGROUND = Duration.ofSeconds(120);

    private final ServiceProcesses services;
    private final Accounts accounts;
    private final Resumes resumes;
    private final Mailbox mailbox;
    private SignedIn owner;
    private SignedIn recruiter;
    private SignedIn candidate;
    private String organizationId;
    private String postedJobId;
    private String jobId;
    private String applicationId;
    private UUID resumeId;

    RecruiterJourneyTest(ServiceProcesses services) {
        this.services = services;
        this.accounts = new Accounts(services);
        this.resumes = new Resumes(services);
        this.mailbox = services.mailbox();
    }

    @Test
    @Order(1)
    void anAdminCreatesAnOrganizationWhoseOwnerInvitesARecruiter() {
        SignedIn future = accounts.newCandidate("Olivia Owner");
        organizationId = call(accounts.admin(), "POST", "user", "/api/organizations",
                Map.of("name", "Initech " + UUID.randomUUID().toString().substring(0, 8), "ownerEmail", future.email()))
                .statusCode(201).extract().path("id");
        // Signed in again, the owner's token carries the organization.
        owner = accounts.signIn(future.email(), Accounts.PASSWORD);
        call(owner, "GET", "user", "/api/organizations/mine", null).statusCode(200).body("id", equalTo(organizationId))
                .body("role", equalTo("owner"));

        SignedIn invitee = accounts.newCandidate("Riley Recruiter");
        call(owner, "POST", "user", "/api/organizations/" + organizationId + "/invitations",
                Map.of("email", invitee.email(), "role", "recruiter")).statusCode(201);
        Mail invitation = mailbox.await(invitee.email(), "the invitation", mail -> mail.subject().startsWith("Join "));
        assertTrue(invitation.text().contains("as recruiter"), invitation.text());
        call(invitee, "POST", "user", "/api/organizations/invitations/accept", Map.of("token", invitation.token()))
                .statusCode(200).body("id", equalTo(organizationId)).body("role", equalTo("recruiter"));
        call(invitee, "POST", "user", "/api/organizations/invitations/accept", Map.of("token", invitation.token()))
                .statusCode(either400or409());
        recruiter = accounts.signIn(invitee.email(), Accounts.PASSWORD);
        call(recruiter, "GET", "matching", "/api/recruiting/jobs", null).statusCode(200).body("total", equalTo(0));
        // A candidate is no recruiter: the organization's records are not theirs to see.
        call(accounts.newCandidate("Casey Candidate"), "GET", "matching", "/api/recruiting/jobs", null).statusCode(403);
    }

    @Test
    @Order(2)
    void theRecruiterPostsAJobFromATemplate() {
        Map<String, Object> posting = Map.of("title", "Backend Engineer", "company", "Initech",
                "description", "We build payment services as Java microservices on PostgreSQL, with Docker and Kubernetes. "
                        + "Requirements: 3+ years of Java, REST APIs, PostgreSQL.",
                "keySkills", List.of("Java", "PostgreSQL", "Docker", "Kubernetes"), "workArrangement", "REMOTE",
                "location", "Austin, Texas, US", "employmentTypes", List.of("FULL_TIME"));
        String template = call(recruiter, "POST", "matching", "/api/recruiting/templates",
                Map.of("name", "Backend", "posting", posting)).statusCode(201).extract().path("id");
        postedJobId = call(recruiter, "POST", "matching", "/api/recruiting/jobs",
                Map.of("templateId", template, "posting", Map.of("title", "Senior Backend Engineer"))).statusCode(201)
                .body("status", equalTo("DRAFT")).body("posting.company", equalTo("Initech")).extract().path("id");
        jobId = call(recruiter, "POST", "matching", "/api/recruiting/jobs/" + postedJobId + "/publish", null)
                .statusCode(200).body("status", equalTo("PUBLISHED")).extract().path("jobId");
        candidate = accounts.newCandidate("Jordan Avery");
        call(candidate, "GET", "matching", "/api/jobs/" + jobId, null).statusCode(200)
                .body("title", equalTo("Senior Backend Engineer"));
    }

    @Test
    @Order(3)
    void aCandidateUploadsAResumeAndApplies() {
        resumeId = resumes.uploadDemoPdf(candidate);
        resumes.awaitParsed(candidate, resumeId);
        // Another journey may have just restarted resume-service: until matching's circuit to it closes again, an
        // application answers 503 (problem+json), and a client tries again, as this one does.
        ValidatableResponse applied = Eventually.await("the application accepted once matching reads resumes again",
                Duration.ofSeconds(60), () -> {
                    ValidatableResponse answer = call(candidate, "POST", "matching", "/api/applications",
                            Map.of("jobId", jobId, "resumeId", resumeId.toString(), "status", "APPLIED"));
                    return answer.extract().statusCode() == 503 ? Optional.empty() : Optional.of(answer);
                }, () -> "503 from matching-service");
        applicationId = applied.statusCode(201).body("organizationManaged", equalTo(true)).extract().path("id");
    }

    @Test
    @Order(4)
    void theRecruiterSeesTheApplicantRankedWithTheExplanation() {
        JsonPath applicants = Eventually.await("the applicant ranked", BACKGROUND, () -> {
            Response response = request(recruiter).get(services.url("matching") + "/api/recruiting/jobs/" + postedJobId
                    + "/applicants");
            JsonPath body = response.jsonPath();
            return response.statusCode() == 200 && body.getList("items").size() == 1 && body.get("items[0].match") != null
                    ? Optional.of(body) : Optional.empty();
        }, () -> request(recruiter).get(services.url("matching") + "/api/recruiting/jobs/" + postedJobId + "/applicants").asString());
        assertEquals(applicationId, applicants.getString("items[0].applicationId"));
        assertEquals("Jordan Avery", applicants.getString("items[0].name"), "the candidate applied: the name is shown");
        assertEquals("APPLIED", applicants.getString("items[0].stage"));
        assertTrue(applicants.getDouble("items[0].score") > 0, applicants.prettify());
        // The explanation: sub-scores, the weights they were combined with, reasons. (The posting's skills, and so the
        // matched and missing ones, come with matching's enrichment by ai-service, which does not finish within a run on
        // a small machine: see this module's README.)
        assertTrue(applicants.getMap("items[0].match.subScores") != null && applicants.getMap("items[0].match.weights") != null,
                applicants.prettify());
        assertEquals(applicants.getDouble("items[0].score"), applicants.getDouble("items[0].match.overallScore"), 1e-9);
        // Another candidate sees nothing of it.
        call(accounts.newCandidate("Curious Stranger"), "GET", "matching", "/api/applications/" + applicationId, null)
                .statusCode(404);
    }

    @Test
    @Order(5)
    void theRecruiterInterviewsTheCandidateAndMakesAnOffer() {
        stage("INTERVIEWING");
        Instant first = Instant.now().plus(20, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Instant second = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String round1 = call(recruiter, "POST", "matching", "/api/recruiting/applications/" + applicationId + "/interviews",
                Map.of("kind", "VIDEO", "startsAt", first.toString(), "timeZone", "Europe/Berlin", "durationMinutes", 45,
                        "interviewers", List.of(recruiter.userId().toString()), "meetingUrl", "https://meet.example/jordan"))
                .statusCode(201).body("round", equalTo(1)).extract().path("id");
        call(recruiter, "POST", "matching", "/api/recruiting/applications/" + applicationId + "/interviews",
                Map.of("kind", "ONSITE", "startsAt", second.toString(), "timeZone", "America/Chicago", "durationMinutes", 90,
                        "interviewers", List.of(owner.userId().toString(), recruiter.userId().toString()),
                        "location", "Initech, 5th floor"))
                .statusCode(201).body("round", equalTo(2));
        call(candidate, "GET", "matching", "/api/applications/" + applicationId, null).statusCode(200)
                .body("status", equalTo("INTERVIEWING"))
                .body("interviews.round", contains(1, 2))
                .body("interviews.timeZone", contains("Europe/Berlin", "America/Chicago"))
                .body("interviews[0].meetingUrl", equalTo("https://meet.example/jordan"))
                .body("interviews[1].location", equalTo("Initech, 5th floor"))
                .body("interviews[0]", not(hasKey("feedback")));

        // Round 1 is within the reminder lead (24 h): the candidate and its interviewer are reminded, once; round 2,
        // three days ahead, not yet (its interviewer the owner gets none).
        mailbox.awaitCount(candidate.email(), "Reminder: interview for", 1);
        mailbox.awaitCount(recruiter.email(), "Reminder: you interview for", 1);
        pause(Duration.ofSeconds(6));
        assertEquals(1, mailbox.to(candidate.email()).stream().filter(m -> m.subject().startsWith("Reminder:")).count());
        assertEquals(1, mailbox.to(recruiter.email()).stream().filter(m -> m.subject().startsWith("Reminder:")).count());
        assertEquals(0, mailbox.to(owner.email()).stream().filter(m -> m.subject().startsWith("Reminder:")).count());

        call(recruiter, "PUT", "matching", "/api/recruiting/interviews/" + round1 + "/feedback",
                Map.of("rating", 5, "recommendation", "STRONG_YES", "notes", "Excellent on Java and SQL")).statusCode(200)
                .body("feedback.size()", equalTo(1));
        call(recruiter, "POST", "matching", "/api/recruiting/interviews/" + round1 + "/outcome",
                Map.of("outcome", "PASSED")).statusCode(200);
        call(candidate, "GET", "matching", "/api/applications/" + applicationId, null).statusCode(200)
                .body("interviews[0]", not(hasKey("feedback"))).body("interviews[0]", not(hasKey("outcome")));

        stage("OFFER");
        call(candidate, "GET", "matching", "/api/applications/" + applicationId, null).statusCode(200)
                .body("status", equalTo("OFFER"))
                .body("history.to", contains("APPLIED", "INTERVIEWING", "OFFER"));
    }

    @Test
    @Order(6)
    void theCandidateGetsEveryEmail() {
        String job = "Senior Backend Engineer";
        mailbox.awaitCount(candidate.email(), "Your application for " + job + ": interviewing", 1);
        mailbox.awaitCount(candidate.email(), "Your application for " + job + ": offer", 1);
        List<Mail> scheduled = mailbox.awaitCount(candidate.email(), "Interview for " + job, 2);
        assertTrue(scheduled.get(0).subject().contains("round 1") && scheduled.get(1).subject().contains("round 2"),
                scheduled.toString());
        assertTrue(scheduled.stream().anyMatch(mail -> mail.text().contains("https://meet.example/jordan")), scheduled.toString());
        assertEquals(1, mailbox.to(candidate.email()).stream().filter(m -> m.subject().startsWith("Reminder:")).count(),
                "the reminder of round 1, once");
    }

    private void stage(String stage) {
        call(recruiter, "POST", "matching", "/api/recruiting/applications/" + applicationId + "/stage", Map.of("stage", stage))
                .statusCode(200).body("stage", equalTo(stage));
        call(candidate, "GET", "matching", "/api/applications/" + applicationId, null).statusCode(200)
                .body("status", equalTo(stage));
    }

    /** Lets several passes of the reminders (every 2 s in the journeys) run. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static org.hamcrest.Matcher<Integer> either400or409() {
        return org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(409));
    }

    private static io.restassured.specification.RequestSpecification request(SignedIn who) {
        return given().header("Authorization", who.bearer());
    }

    private ValidatableResponse call(SignedIn who, String method, String service, String path, Object body) {
        var request = request(who).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().request(method, services.url(service) + path).then();
    }
}
