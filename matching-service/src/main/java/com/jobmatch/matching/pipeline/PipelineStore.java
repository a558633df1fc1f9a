package com.jobmatch.matching.pipeline;

import com.jobmatch.matching.applications.InterviewRound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.jobmatch.matching.recruiting.RowValues.instant;
import static com.jobmatch.matching.recruiting.RowValues.time;
import static com.jobmatch.matching.recruiting.RowValues.uuids;

/** The organizations' side of applications: which organization posted a job, interviews and scorecards. */
@ApplicationScoped
public class PipelineStore {

    private final EntityManager em;

    public PipelineStore(EntityManager em) {
        this.em = em;
    }

    public Optional<PostedJobRef> postedJob(UUID postedJobId) {
        return refs("p.id = ?1", postedJobId);
    }

    /** The organization's job behind a catalogue job, if an organization posted it. */
    public Optional<PostedJobRef> postedJobOfCatalogueJob(UUID jobId) {
        return refs("p.job_id = ?1", jobId);
    }

    @SuppressWarnings("unchecked")
    private Optional<PostedJobRef> refs(String where, UUID param) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.organization_id, p.job_id, p.posting ->> 'title', p.status "
                + "FROM posted_jobs p WHERE " + where).setParameter(1, param).getResultList();
        return rows.stream().findFirst().map(r -> new PostedJobRef((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (String) r[4]));
    }

    /** Of these people, those who sent an application (any stage but SAVED) to one of the organization's jobs. */
    @SuppressWarnings("unchecked")
    public Set<UUID> appliedTo(UUID organizationId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = em.createNativeQuery("""
                        SELECT DISTINCT a.user_id FROM applications a JOIN posted_jobs p ON p.job_id = a.job_id
                        WHERE p.organization_id = ?1 AND a.status <> 'SAVED' AND a.user_id = ANY(CAST(?2 AS uuid[]))""", UUID.class)
                .setParameter(1, organizationId)
                .setParameter(2, userIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        return new HashSet<>(ids);
    }

    public int nextRound(UUID applicationId) {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(round), 0) + 1 FROM interviews WHERE application_id = ?1")
                .setParameter(1, applicationId).getSingleResult()).intValue();
    }

    public UUID addInterview(UUID applicationId, UUID organizationId, int round, InterviewKind kind, Instant startsAt,
                             String timeZone, int durationMinutes, List<UUID> interviewers, String location,
                             String meetingUrl, UUID by) {
        return (UUID) em.createNativeQuery("""
                        INSERT INTO interviews (application_id, organization_id, round, kind, starts_at, time_zone,
                                                duration_minutes, interviewers, location, meeting_url, created_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS uuid[]), ?9, ?10, ?11) RETURNING id""", UUID.class)
                .setParameter(1, applicationId).setParameter(2, organizationId).setParameter(3, round)
                .setParameter(4, kind.name()).setParameter(5, startsAt.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(6, timeZone).setParameter(7, durationMinutes)
                .setParameter(8, interviewers.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(9, location).setParameter(10, meetingUrl).setParameter(11, by).getSingleResult();
    }

    /** The earliest pending interview still to come (the application's next interview), if any. */
    @SuppressWarnings("unchecked")
    public Optional<Instant> nextInterview(UUID applicationId) {
        List<Object> rows = em.createNativeQuery("""
                        SELECT min(starts_at) FROM interviews
                        WHERE application_id = ?1 AND outcome = 'PENDING' AND starts_at > now()""")
                .setParameter(1, applicationId).getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).findFirst().map(v -> instant(v));
    }

    public Optional<InterviewView> interview(UUID id) {
        return interviews("i.id = ?1", id, 0, 1).stream().findFirst();
    }

    /** One page of an application's interview rounds, first round first. */
    public List<InterviewView> interviewsOf(UUID applicationId, int page, int size) {
        return interviews("i.application_id = ?1", applicationId, page, size);
    }

    public long countInterviewsOf(UUID applicationId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM interviews WHERE application_id = ?1")
                .setParameter(1, applicationId).getSingleResult()).longValue();
    }

    /** The organization owning an interview. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> organizationOfInterview(UUID id) {
        List<UUID> ids = em.createNativeQuery("SELECT organization_id FROM interviews WHERE id = ?1", UUID.class)
                .setParameter(1, id).getResultList();
        return ids.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<InterviewView> interviews(String where, UUID param, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.id, i.application_id, i.round, i.kind, i.starts_at, i.time_zone, i.duration_minutes,
                       CAST(i.interviewers AS text[]), i.location, i.meeting_url, i.outcome, i.outcome_notes, i.created_by,
                       i.created_at
                FROM interviews i WHERE """ + " " + where + " ORDER BY i.round").setParameter(1, param)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<UUID, List<InterviewView.Scorecard>> feedback = feedbackOf(rows.stream().map(r -> (UUID) r[0]).toList());
        List<InterviewView> views = new ArrayList<>();
        for (Object[] r : rows) {
            Instant start = instant(r[4]);
            String zone = (String) r[5];
            views.add(new InterviewView((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), InterviewKind.valueOf((String) r[3]),
                    start, zone, InterviewRound.localStart(start, zone), ((Number) r[6]).intValue(), uuids(r[7]),
                    (String) r[8], (String) r[9], InterviewOutcome.valueOf((String) r[10]), (String) r[11],
                    feedback.getOrDefault((UUID) r[0], List.of()), (UUID) r[12], time(r[13])));
        }
        return views;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<InterviewView.Scorecard>> feedbackOf(List<UUID> interviewIds) {
        Map<UUID, List<InterviewView.Scorecard>> byInterview = new LinkedHashMap<>();
        if (interviewIds.isEmpty()) {
            return byInterview;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT interview_id, interviewer_id, rating, recommendation, notes, updated_at FROM interview_feedback
                        WHERE interview_id = ANY(CAST(?1 AS uuid[])) ORDER BY created_at, interviewer_id""")
                .setParameter(1, interviewIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        for (Object[] r : rows) {
            byInterview.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new InterviewView.Scorecard((UUID) r[1],
                    ((Number) r[2]).intValue(), (String) r[3], (String) r[4], time(r[5])));
        }
        return byInterview;
    }

    /** A round whose reminder is due: what the emails say, and to whom. */
    public record DueReminder(UUID interviewId, UUID organizationId, UUID candidateId, String jobTitle, int round,
                              InterviewKind kind, Instant startsAt, String timeZone, int durationMinutes,
                              List<UUID> interviewers, String location, String meetingUrl) {
    }

    /**
     * Pending rounds starting after {@code now} and by {@code until} whose reminder was not queued yet, of applications
     * still INTERVIEWING; their rows stay locked for the caller's transaction (another instance skips them).
     */
    @SuppressWarnings("unchecked")
    public List<DueReminder> remindersDue(Instant now, Instant until, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT i.id, i.organization_id, a.user_id, p.posting ->> 'title', i.round, i.kind, i.starts_at,
                               i.time_zone, i.duration_minutes, CAST(i.interviewers AS text[]), i.location, i.meeting_url
                        FROM interviews i
                        JOIN applications a ON a.id = i.application_id
                        LEFT JOIN posted_jobs p ON p.job_id = a.job_id
                        WHERE i.reminder_queued_at IS NULL AND i.outcome = 'PENDING' AND a.status = 'INTERVIEWING'
                          AND i.starts_at > ?1 AND i.starts_at <= ?2
                        ORDER BY i.starts_at, i.id
                        LIMIT ?3
                        FOR UPDATE OF i SKIP LOCKED""")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)).setParameter(2, until.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new DueReminder((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                ((Number) r[4]).intValue(), InterviewKind.valueOf((String) r[5]), instant(r[6]), (String) r[7],
                ((Number) r[8]).intValue(), uuids(r[9]), (String) r[10], (String) r[11])).toList();
    }

    public void markReminderQueued(UUID interviewId) {
        em.createNativeQuery("UPDATE interviews SET reminder_queued_at = now() WHERE id = ?1")
                .setParameter(1, interviewId).executeUpdate();
    }

    public void setOutcome(UUID interviewId, InterviewOutcome outcome, String notes) {
        em.createNativeQuery("UPDATE interviews SET outcome = ?2, outcome_notes = ?3 WHERE id = ?1")
                .setParameter(1, interviewId).setParameter(2, outcome.name()).setParameter(3, notes).executeUpdate();
    }

    /** One scorecard per interviewer: recording it again replaces it. */
    public void putFeedback(UUID interviewId, UUID interviewer, int rating, String recommendation, String notes) {
        em.createNativeQuery("""
                        INSERT INTO interview_feedback (interview_id, interviewer_id, rating, recommendation, notes)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (interview_id, interviewer_id) DO UPDATE SET rating = EXCLUDED.rating,
                            recommendation = EXCLUDED.recommendation, notes = EXCLUDED.notes""")
                .setParameter(1, interviewId).setParameter(2, interviewer).setParameter(3, rating)
                .setParameter(4, recommendation).setParameter(5, notes).executeUpdate();
    }
}
