package com.jobmatch.matching.applications;

import com.jobmatch.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The application pipeline: starting one per job, and moving it only along the allowed transitions. */
@ApplicationScoped
public class ApplicationService {

    @Transactional
    public JobApplication start(UUID userId, UUID jobId, UUID resumeId, Integer resumeVersion, ApplicationStatus status,
                                String notes) {
        if (status != ApplicationStatus.SAVED && status != ApplicationStatus.APPLIED) {
            throw ProblemException.invalidField("status", "a new application starts as SAVED or APPLIED");
        }
        if (JobApplication.count("userId = ?1 and jobId = ?2", userId, jobId) > 0) {
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
        application.record(null, status, notes, null);
        application.persist();
        return application;
    }

    @Transactional
    public JobApplication move(JobApplication application, ApplicationStatus target, String note,
                               OffsetDateTime interviewAt) {
        if (!application.status.canMoveTo(target)) {
            throw ProblemException.conflict("An application cannot go from %s to %s; allowed: %s"
                    .formatted(application.status, target, application.status.next()));
        }
        if (interviewAt != null && target != ApplicationStatus.INTERVIEWING) {
            throw ProblemException.invalidField("interviewAt", "only an INTERVIEWING step has an interview time");
        }
        JobApplication managed = JobApplication.getEntityManager().merge(application);
        managed.moveTo(target, note, interviewAt, OffsetDateTime.now());
        if (note != null) {
            managed.notes = managed.notes == null ? note : managed.notes + "\n" + note;
        }
        return managed;
    }
}
