package com.jobmatch.matching.applications;

import com.jobmatch.matching.recruiting.RowValues;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The interview rounds of these applications, by application, in round order (every application is a key; most
     * have none). One query for a whole page of applications.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<InterviewRound>> roundsOf(Collection<UUID> applicationIds) {
        Map<UUID, List<InterviewRound>> rounds = new HashMap<>();
        applicationIds.forEach(id -> rounds.put(id, new ArrayList<>()));
        if (applicationIds.isEmpty()) {
            return rounds;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT application_id, round, kind, starts_at, time_zone, duration_minutes, location, meeting_url,
                               outcome
                        FROM interviews WHERE application_id = ANY(CAST(?1 AS uuid[])) ORDER BY application_id, round""")
                .setParameter(1, applicationIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        for (Object[] r : rows) {
            Instant start = RowValues.instant(r[3]);
            String zone = (String) r[4];
            rounds.get((UUID) r[0]).add(new InterviewRound(((Number) r[1]).intValue(), (String) r[2], start, zone,
                    InterviewRound.localStart(start, zone), ((Number) r[5]).intValue(), (String) r[6], (String) r[7],
                    "CANCELLED".equals(r[8])));
        }
        return rounds;
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
