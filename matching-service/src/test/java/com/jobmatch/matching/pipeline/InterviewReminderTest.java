package com.jobmatch.matching.pipeline;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.outbox.OutboxWorker;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.testing.OrgTokens;
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
import static com.jobmatch.matching.testing.Recruiting.candidateToken;
import static com.jobmatch.matching.testing.Recruiting.emails;
import static com.jobmatch.matching.testing.Recruiting.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Interview reminders: 24 h before a round (the configured lead), one email to the candidate and one to each
 * interviewer, queued exactly once however often (and by however many instances) the reminders run, delivered through
 * the outbox even when user-service was down at first; never for a cancelled round, and a reminder waiting in the outbox
 * when its round is cancelled is taken back.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class InterviewReminderTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID RECRUITER = UUID.randomUUID();
    static final UUID MANAGER = UUID.randomUUID();
    static final UUID ADA = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    InterviewReminders reminders;
    @Inject
    OutboxWorker outbox;

    Catalogue catalogue;

    @BeforeEach
    void setUp() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        Recruiting.clear(catalogue);
        Recruiting.userService(202);
    }

    @AfterEach
    void tearDown() {
        Catalogue.removeStubs();
        Recruiting.userService(202);
    }

    @Test
    void eachRoundIsRemindedOnceToTheCandidateAndItsInterviewersButNotWhenCancelled() {
        String recruiter = OrgTokens.recruiter(RECRUITER, ORG);
        String application = interviewingApplication(recruiter);
        Instant now = Instant.now();
        Instant soon = now.plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String first = schedule(recruiter, application, soon, List.of(RECRUITER, MANAGER));
        String later = schedule(recruiter, application, now.plus(3, ChronoUnit.DAYS), List.of(MANAGER));
        String cancelled = schedule(recruiter, application, now.plus(5, ChronoUnit.HOURS), List.of(RECRUITER));
        post(recruiter, "/api/recruiting/interviews/" + cancelled + "/outcome", Map.of("outcome", "CANCELLED")).statusCode(200);
        outbox.drain();
        FakeServices.server().resetRequests();

        // Within the lead: the first round only (the cancelled one never, the later one not yet).
        assertEquals(1, reminders.queueDue(now));
        assertEquals(0, reminders.queueDue(now), "a round is reminded once");
        assertEquals(0, reminders.queueDue(now.plus(1, ChronoUnit.HOURS)), "however often the reminders run");
        assertEquals(3, catalogue.count("SELECT count(*) FROM user_service_outbox WHERE reference = 'interview-reminder:"
                + first + "'"), "one email to the candidate, one to each of the two interviewers");

        // user-service is down at first: the reminders wait in the outbox and are sent, once, when it is back.
        Recruiting.userService(503);
        for (int i = 0; i < 3; i++) {
            outbox.runOne();
        }
        assertEquals(3, catalogue.count("SELECT count(*) FROM user_service_outbox WHERE status = 'pending' AND attempts = 1"),
                "each reminder kept for a later attempt");
        assertEquals(0, reminders.queueDue(now), "a failed send does not queue the reminder again");
        Recruiting.userService(202);
        FakeServices.server().resetRequests();
        outbox.drain();
        assertEquals(1, emails(ADA, "INTERVIEW_REMINDER"));
        assertEquals(1, emails(RECRUITER, "INTERVIEW_REMINDER"));
        assertEquals(1, emails(MANAGER, "INTERVIEW_REMINDER"));
        FakeServices.server().verify(WireMock.postRequestedFor(urlPathEqualTo(Recruiting.EMAIL))
                .withRequestBody(WireMock.matchingJsonPath("$.userId", WireMock.equalTo(ADA.toString())))
                .withRequestBody(WireMock.matchingJsonPath("$.subject", WireMock.containing("Platform Engineer")))
                .withRequestBody(WireMock.matchingJsonPath("$.text", WireMock.containing("Europe/Berlin")))
                .withRequestBody(WireMock.matchingJsonPath("$.text", WireMock.containing("https://meet.example/r"))));
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_service_outbox"));

        // Two days later the later round is due; the cancelled one still never.
        assertEquals(1, reminders.queueDue(now.plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS)));
        outbox.drain();
        assertEquals(2, emails(MANAGER, "INTERVIEW_REMINDER"));
        assertEquals(1, emails(RECRUITER, "INTERVIEW_REMINDER"), "the cancelled round's interviewer is not reminded");
        assertEquals(2, emails(ADA, "INTERVIEW_REMINDER"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM interviews WHERE id = '" + later
                + "' AND reminder_queued_at IS NOT NULL"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM interviews WHERE id = '" + cancelled
                + "' AND reminder_queued_at IS NULL"));
    }

    @Test
    void cancellingARoundTakesBackItsReminderNotYetSent() {
        String recruiter = OrgTokens.owner(RECRUITER, ORG);
        String application = interviewingApplication(recruiter);
        Instant now = Instant.now();
        String round = schedule(recruiter, application, now.plus(3, ChronoUnit.HOURS), List.of(MANAGER));
        outbox.drain();
        FakeServices.server().resetRequests();
        assertEquals(1, reminders.queueDue(now));
        post(recruiter, "/api/recruiting/interviews/" + round + "/outcome", Map.of("outcome", "CANCELLED")).statusCode(200);
        outbox.drain();
        assertEquals(0, emails(ADA, "INTERVIEW_REMINDER"));
        assertEquals(0, emails(MANAGER, "INTERVIEW_REMINDER"));
        assertEquals(1, Recruiting.audits("INTERVIEW_OUTCOME_RECORDED"), "the cancellation itself is still reported");
    }

    /** A published job of the organization, Ada's application to it, moved to INTERVIEWING. */
    private static String interviewingApplication(String recruiter) {
        String posted = post(recruiter, "/api/recruiting/jobs", Map.of("posting", Recruiting.posting("Platform Engineer")))
                .statusCode(201).extract().path("id");
        String jobId = post(recruiter, "/api/recruiting/jobs/" + posted + "/publish", null).statusCode(200).extract().path("jobId");
        String application = post(candidateToken(ADA), "/api/applications", Map.of("jobId", jobId, "status", "APPLIED"))
                .statusCode(201).extract().path("id");
        post(recruiter, "/api/recruiting/applications/" + application + "/stage", Map.of("stage", "INTERVIEWING")).statusCode(200);
        return application;
    }

    private static String schedule(String recruiter, String application, Instant at, List<UUID> interviewers) {
        return post(recruiter, "/api/recruiting/applications/" + application + "/interviews", Map.of("kind", "VIDEO",
                "startsAt", at.toString(), "timeZone", "Europe/Berlin", "durationMinutes", 60,
                "interviewers", interviewers.stream().map(UUID::toString).toList(), "meetingUrl", "https://meet.example/r"))
                .statusCode(201).extract().path("id");
    }
}
