package com.jobmatch.matching.applications;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applications and their history (seed 003 pipeline). */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<JobApplication, UUID> {

    public Optional<JobApplication> findFor(UUID userId, UUID jobId) {
        return find("userId = ?1 and jobId = ?2", userId, jobId).firstResultOptional();
    }

    /** A person's applications, most recently changed first; {@code status} null means any. */
    public List<JobApplication> of(UUID userId, ApplicationStatus status, int page, int size) {
        Sort order = Sort.descending("updatedAt").and("id");
        var query = status == null
                ? find("userId", order, userId)
                : find("userId = ?1 and status = ?2", order, userId, status);
        return query.page(page, size).list();
    }

    public long countOf(UUID userId, ApplicationStatus status) {
        return status == null ? count("userId", userId) : count("userId = ?1 and status = ?2", userId, status);
    }

    /** The organization that posted the job, when an organization did (its recruiters move the application then). */
    @SuppressWarnings("unchecked")
    public Optional<UUID> organizationOf(UUID jobId) {
        List<UUID> ids = getEntityManager().createNativeQuery("SELECT organization_id FROM posted_jobs WHERE job_id = ?1",
                UUID.class).setParameter(1, jobId).getResultList();
        return ids.stream().findFirst();
    }

    /** The applications to a job that were sent (every stage but SAVED, which is a person's bookmark), oldest first. */
    public List<JobApplication> sentTo(UUID jobId) {
        return list("jobId = ?1 and status <> ?2", Sort.ascending("appliedAt", "id"), jobId, ApplicationStatus.SAVED);
    }

    /** The application, its row locked for this transaction. */
    public Optional<JobApplication> lock(UUID id) {
        return Optional.ofNullable(getEntityManager().find(JobApplication.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** Applications in APPLIED since {@code appliedBefore} or earlier. */
    public List<JobApplication> appliedBefore(OffsetDateTime appliedBefore) {
        return list("status = ?1 and appliedAt <= ?2", ApplicationStatus.APPLIED, appliedBefore);
    }

    /** Applications in INTERVIEWING whose next interview is between {@code from} and {@code to}. */
    public List<JobApplication> interviewsBetween(OffsetDateTime from, OffsetDateTime to) {
        return list("status = ?1 and nextInterviewAt between ?2 and ?3", ApplicationStatus.INTERVIEWING, from, to);
    }
}
