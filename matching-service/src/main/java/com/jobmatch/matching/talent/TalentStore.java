package com.jobmatch.matching.talent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.jobmatch.matching.recruiting.RowValues.strings;
import static com.jobmatch.matching.recruiting.RowValues.time;

/** candidate_submissions and hot_list_candidates. Runs in the caller's transaction. */
@ApplicationScoped
public class TalentStore {

    private final EntityManager em;

    public TalentStore(EntityManager em) {
        this.em = em;
    }

    public UUID addSubmission(UUID organization, UUID candidate, UUID resumeId, UUID postedJobId, String clientName,
                              UUID applicationId, String note, UUID by) {
        return (UUID) em.createNativeQuery("""
                        INSERT INTO candidate_submissions (organization_id, candidate_user_id, resume_id, posted_job_id,
                                                           client_name, application_id, note, submitted_by)
                        VALUES (?1, ?2, CAST(CAST(?3 AS text) AS uuid), CAST(CAST(?4 AS text) AS uuid), ?5,
                                CAST(CAST(?6 AS text) AS uuid), ?7, ?8) RETURNING id""", UUID.class)
                .setParameter(1, organization).setParameter(2, candidate).setParameter(3, resumeId)
                .setParameter(4, postedJobId).setParameter(5, clientName).setParameter(6, applicationId)
                .setParameter(7, note).setParameter(8, by).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<SubmissionView> submissions(UUID organization, UUID postedJobId, UUID id) {
        // Only the filters given are in the SQL (a null parameter would need a type the driver cannot guess).
        StringBuilder where = new StringBuilder("organization_id = :organization");
        if (postedJobId != null) {
            where.append(" AND posted_job_id = :job");
        }
        if (id != null) {
            where.append(" AND id = :id");
        }
        var query = em.createNativeQuery("""
                SELECT id, organization_id, candidate_user_id, resume_id, posted_job_id, client_name, application_id,
                       note, submitted_by, created_at
                FROM candidate_submissions WHERE """ + " " + where + " ORDER BY created_at DESC, id")
                .setParameter("organization", organization);
        if (postedJobId != null) {
            query.setParameter("job", postedJobId);
        }
        if (id != null) {
            query.setParameter("id", id);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new SubmissionView((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], (UUID) r[4],
                (String) r[5], (UUID) r[6], (String) r[7], (UUID) r[8], time(r[9]))).toList();
    }

    public UUID putHotList(UUID organization, UUID candidate, UUID resumeId, Availability availability,
                           LocalDate availableFrom, List<String> tags, String note, UUID by) {
        return (UUID) em.createNativeQuery("""
                        INSERT INTO hot_list_candidates (organization_id, candidate_user_id, resume_id, availability,
                                                         available_from, tags, note, added_by)
                        VALUES (?1, ?2, CAST(CAST(?3 AS text) AS uuid), ?4, CAST(?5 AS date), CAST(?6 AS text[]), ?7, ?8)
                        ON CONFLICT (organization_id, candidate_user_id) DO UPDATE SET resume_id = EXCLUDED.resume_id,
                            availability = EXCLUDED.availability, available_from = EXCLUDED.available_from,
                            tags = EXCLUDED.tags, note = EXCLUDED.note
                        RETURNING id""", UUID.class)
                .setParameter(1, organization).setParameter(2, candidate).setParameter(3, resumeId)
                .setParameter(4, availability.name()).setParameter(5, availableFrom == null ? null : availableFrom.toString())
                .setParameter(6, tags.toArray(String[]::new)).setParameter(7, note).setParameter(8, by).getSingleResult();
    }

    /** The organization's hot list, optionally only entries with {@code tag}, {@code availability}, of {@code candidate}. */
    @SuppressWarnings("unchecked")
    public List<HotListView> hotList(UUID organization, String tag, Availability availability, UUID candidate) {
        StringBuilder where = new StringBuilder("organization_id = :organization");
        if (tag != null) {
            where.append(" AND tags @> ARRAY[CAST(:tag AS text)]");
        }
        if (availability != null) {
            where.append(" AND availability = :availability");
        }
        if (candidate != null) {
            where.append(" AND candidate_user_id = :candidate");
        }
        var query = em.createNativeQuery("""
                SELECT id, candidate_user_id, resume_id, availability, CAST(available_from AS text),
                       CAST(tags AS text[]), note, added_by, created_at, updated_at
                FROM hot_list_candidates WHERE """ + " " + where + " ORDER BY updated_at DESC, id")
                .setParameter("organization", organization);
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        if (availability != null) {
            query.setParameter("availability", availability.name());
        }
        if (candidate != null) {
            query.setParameter("candidate", candidate);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new HotListView((UUID) r[0], (UUID) r[1], (UUID) r[2], Availability.valueOf((String) r[3]),
                r[4] == null ? null : LocalDate.parse((String) r[4]), strings(r[5]), (String) r[6], (UUID) r[7], time(r[8]),
                time(r[9]))).toList();
    }

    public boolean removeFromHotList(UUID organization, UUID candidate) {
        return em.createNativeQuery("DELETE FROM hot_list_candidates WHERE organization_id = ?1 AND candidate_user_id = ?2")
                .setParameter(1, organization).setParameter(2, candidate).executeUpdate() > 0;
    }
}
