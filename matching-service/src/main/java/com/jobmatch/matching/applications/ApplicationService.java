package com.jobmatch.matching.applications;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.contract.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The application pipeline: starting one per job, and moving it only along the allowed transitions. */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;

    public ApplicationService(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Transactional
    public ApplicationView start(UUID userId, UUID jobId, UUID resumeId, Integer resumeVersion, ApplicationStatus status,
                                 String notes) {
        if (status != ApplicationStatus.SAVED && status != ApplicationStatus.APPLIED) {
            throw ProblemException.invalidField("status", "a new application starts as SAVED or APPLIED");
        }
        if (applications.findFor(userId, jobId).isPresent()) {
            throw ProblemException.conflict("You already track an application for this job");
        }
        JobApplication application = new JobApplication();
        application.userId = userId;
        application.jobId = jobId;
        application.resumeId = resumeId;
        application.resumeVersion = resumeVersion;
        application.status = status;
        application.notes = notes;
        application.appliedAt = status == ApplicationStatus.APPLIED ? OffsetDateTime.now() : null;
        application.record(null, status, notes, null).actorId = userId;
        // Flushed so the view carries the times the database sets (created_at, updated_at), and so that a second start
        // of the same application at once (a double click) fails here on the unique key, answered as the check above.
        try {
            applications.persistAndFlush(application);
        } catch (ConstraintViolationException raced) {
            throw ProblemException.conflict("You already track an application for this job");
        }
        return view(application);
    }

    /** A person's applications, most recently changed first; {@code status} null means any. */
    @Transactional
    public Page<ApplicationView> of(UUID userId, ApplicationStatus status, int page, int size) {
        List<JobApplication> found = applications.of(userId, status, page, size);
        Map<UUID, List<InterviewRound>> rounds = applications.roundsOf(found.stream().map(a -> a.id).toList());
        return new Page<>(found.stream().map(a -> view(a, rounds.get(a.id))).toList(),
                page, size, applications.countOf(userId, status));
    }

    /** One application the caller may see (404 otherwise). */
    @Transactional
    public ApplicationView one(UUID id, Caller caller) {
        return view(owned(id, caller));
    }

    /** Moves an application the caller may see to {@code target}, if the pipeline allows it (409 otherwise). */
    @Transactional
    public ApplicationView move(UUID id, Caller caller, ApplicationStatus target, String note, OffsetDateTime interviewAt) {
        JobApplication application = owned(id, caller);
        boolean organizationManaged = applications.organizationOf(application.jobId).isPresent();
        if (organizationManaged && !application.status.nextForCandidateOfOrganization().contains(target)) {
            throw ProblemException.conflict(("The organization that posted this job moves the application through its "
                    + "stages; you may %s").formatted(application.status.nextForCandidateOfOrganization().isEmpty()
                    ? "take no further step" : "go to " + application.status.nextForCandidateOfOrganization()));
        }
        move(application, target, note, interviewAt, caller.userId());
        applications.flush();
        return ApplicationView.of(application, organizationManaged, applications.roundsOf(List.of(application.id)).get(application.id));
    }

    /**
     * Starts the application from the match list, or moves a saved one on to applied; a later stage is never moved
     * back.
     */
    @Transactional
    public void track(UUID userId, UUID resumeId, UUID jobId, ApplicationStatus status) {
        applications.findFor(userId, jobId).ifPresentOrElse(existing -> {
            if (existing.status == ApplicationStatus.SAVED && status == ApplicationStatus.APPLIED) {
                move(existing, status, "applied from the match list", null, userId);
            }
        }, () -> start(userId, jobId, resumeId, null, status, "from the match list"));
    }

    private void move(JobApplication application, ApplicationStatus target, String note, OffsetDateTime interviewAt,
                      UUID actor) {
        if (!application.status.canMoveTo(target)) {
            throw ProblemException.conflict("An application cannot go from %s to %s; allowed: %s"
                    .formatted(application.status, target, application.status.next()));
        }
        if (interviewAt != null && target != ApplicationStatus.INTERVIEWING) {
            throw ProblemException.invalidField("interviewAt", "only an INTERVIEWING step has an interview time");
        }
        application.moveTo(target, note, interviewAt, OffsetDateTime.now(), actor);
        if (note != null) {
            application.notes = application.notes == null ? note : application.notes + "\n" + note;
        }
    }

    private ApplicationView view(JobApplication application) {
        return view(application, application.id == null ? List.of()
                : applications.roundsOf(List.of(application.id)).get(application.id));
    }

    private ApplicationView view(JobApplication application, List<InterviewRound> rounds) {
        return ApplicationView.of(application, applications.organizationOf(application.jobId).isPresent(), rounds);
    }

    private JobApplication owned(UUID id, Caller caller) {
        JobApplication application = applications.findById(id);
        if (application == null) {
            throw ProblemException.notFound("Application");
        }
        caller.requireAccess(application.userId, "Application");
        return application;
    }
}
