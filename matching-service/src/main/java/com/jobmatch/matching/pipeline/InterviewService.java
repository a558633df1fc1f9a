package com.jobmatch.matching.pipeline;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.applications.ApplicationRepository;
import com.jobmatch.matching.applications.ApplicationStatus;
import com.jobmatch.matching.applications.JobApplication;
import com.jobmatch.matching.outbox.Outbox;
import com.jobmatch.matching.recruiting.OrgMember.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Interviews as records: several rounds per application, each with its kind, time zone-aware start, length,
 * interviewers, place or link, outcome and one scorecard per interviewer. Scheduling emails the candidate
 * (INTERVIEW_SCHEDULED, with the time in the interview's zone) and keeps the application's next interview time (which
 * the interview reminders read); every change is audited.
 */
@ApplicationScoped
public class InterviewService {

    private static final Set<String> RECOMMENDATIONS = Set.of("STRONG_YES", "YES", "NO", "STRONG_NO");

    private final PipelineStore store;
    private final PipelineService pipeline;
    private final ApplicationRepository applications;
    private final Outbox outbox;

    public InterviewService(PipelineStore store, PipelineService pipeline, ApplicationRepository applications, Outbox outbox) {
        this.store = store;
        this.pipeline = pipeline;
        this.applications = applications;
        this.outbox = outbox;
    }

    @Transactional
    public InterviewView schedule(Membership member, UUID applicationId, InterviewRequest request) {
        InterviewKind kind = parse(InterviewKind.class, "kind", request.kind());
        ZoneId zone = zone(request.timeZone());
        if (!request.startsAt().isAfter(Instant.now())) {
            throw ProblemException.invalidField("startsAt", "must be in the future");
        }
        boolean hasPlace = request.location() != null && !request.location().isBlank();
        boolean hasLink = request.meetingUrl() != null && !request.meetingUrl().isBlank();
        if (!hasPlace && !hasLink) {
            throw ProblemException.invalidField("location", "give the place (location) or the link (meetingUrl)");
        }
        if (hasLink) {
            requireLink(request.meetingUrl().strip());
        }
        JobApplication application = applications.lock(applicationId).orElseThrow(() -> ProblemException.notFound("Application"));
        PostedJobRef job = pipeline.ownJobOf(member, application);
        if (application.status != ApplicationStatus.INTERVIEWING) {
            throw ProblemException.conflict("Interviews are scheduled for an application in INTERVIEWING; this one is "
                    + application.status);
        }
        int round = store.nextRound(applicationId);
        List<UUID> interviewers = request.interviewers().stream().distinct().toList();
        UUID id = store.addInterview(applicationId, member.organizationId(), round, kind, request.startsAt(), zone.getId(),
                request.durationMinutes(), interviewers, hasPlace ? request.location().strip() : null,
                hasLink ? request.meetingUrl().strip() : null, member.userId());
        application.nextInterviewAt = store.nextInterview(applicationId).map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
        InterviewView view = store.interview(id).orElseThrow();
        outbox.audit(member.userId(), member.organizationId(), "INTERVIEW_SCHEDULED", "interview", id,
                Map.of("applicationId", applicationId.toString(), "round", round, "startsAt", request.startsAt().toString(),
                        "timeZone", zone.getId()));
        outbox.email(member.organizationId(), application.userId, "INTERVIEW_SCHEDULED",
                "Interview for %s: round %d on %s".formatted(job.title(), round, view.localStart()),
                "You are invited to interview round %d (%s) for \"%s\" on %s (%s), %d minutes.%s%s".formatted(round,
                        kind.name().toLowerCase(Locale.ROOT), job.title(), view.localStart(), zone.getId(),
                        request.durationMinutes(), hasPlace ? " Place: " + view.location() + "." : "",
                        hasLink ? " Link: " + view.meetingUrl() : ""));
        return view;
    }

    /** One page of an application's interview rounds, first round first. */
    @Transactional
    public Page<InterviewView> of(Membership member, UUID applicationId, int page, int size) {
        JobApplication application = applications.findByIdOptional(applicationId)
                .orElseThrow(() -> ProblemException.notFound("Application"));
        pipeline.ownJobOf(member, application);
        return new Page<>(store.interviewsOf(applicationId, page, size), page, size, store.countInterviewsOf(applicationId));
    }

    /** An interviewer's own scorecard (any member, hiring managers too, listed as an interviewer of this round). */
    @Transactional
    public InterviewView feedback(Membership member, UUID interviewId, FeedbackRequest request) {
        String recommendation = request.recommendation().strip().toUpperCase(Locale.ROOT);
        if (!RECOMMENDATIONS.contains(recommendation)) {
            throw ProblemException.invalidField("recommendation", "must be one of " + RECOMMENDATIONS.stream().sorted().toList());
        }
        InterviewView interview = own(member, interviewId);
        if (!interview.interviewers().contains(member.userId())) {
            throw ProblemException.forbidden("Only the interviewers of this round record its feedback");
        }
        store.putFeedback(interviewId, member.userId(), request.rating(), recommendation, request.notes());
        outbox.audit(member.userId(), member.organizationId(), "INTERVIEW_FEEDBACK_RECORDED", "interview", interviewId,
                Map.of("rating", request.rating(), "recommendation", recommendation));
        return store.interview(interviewId).orElseThrow();
    }

    @Transactional
    public InterviewView outcome(Membership member, UUID interviewId, OutcomeRequest request) {
        InterviewOutcome outcome = parse(InterviewOutcome.class, "outcome", request.outcome());
        InterviewView interview = own(member, interviewId);
        store.setOutcome(interviewId, outcome, request.notes());
        if (outcome == InterviewOutcome.CANCELLED) {
            // A reminder queued but not sent yet would announce a round that no longer takes place.
            outbox.withdraw(InterviewReminders.reference(interviewId));
        }
        JobApplication application = applications.lock(interview.applicationId()).orElseThrow();
        application.nextInterviewAt = store.nextInterview(application.id).map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
        outbox.audit(member.userId(), member.organizationId(), "INTERVIEW_OUTCOME_RECORDED", "interview", interviewId,
                Map.of("outcome", outcome.name(), "round", interview.round()));
        return store.interview(interviewId).orElseThrow();
    }

    private InterviewView own(Membership member, UUID interviewId) {
        UUID organization = store.organizationOfInterview(interviewId).orElseThrow(() -> ProblemException.notFound("Interview"));
        member.requireOwn(organization, "Interview");
        return store.interview(interviewId).orElseThrow();
    }

    private static ZoneId zone(String id) {
        try {
            ZoneId zone = ZoneId.of(id.strip());
            if (!(zone.getId().contains("/") || "UTC".equals(zone.getId()))) {
                throw new DateTimeException("not a region");
            }
            return zone;
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
    }

    private static void requireLink(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalidField("meetingUrl", "not an absolute http(s) URL");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
