package com.jobmatch.matching.talent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The organization's submissions (of one of its jobs when {@code postedJobId} is given), newest first: one page. */
    public List<SubmissionView> submissions(UUID organization, UUID postedJobId, int page, int size) {
        return submissionRows(new Filter(organization).and("posted_job_id = :job", "job", postedJobId), page, size);
    }

    public long countSubmissions(UUID organization, UUID postedJobId) {
        return count("candidate_submissions", new Filter(organization).and("posted_job_id = :job", "job", postedJobId));
    }

    public Optional<SubmissionView> submission(UUID organization, UUID id) {
        return submissionRows(new Filter(organization).and("id = :id", "id", id), 0, 1).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<SubmissionView> submissionRows(Filter filter, int page, int size) {
        List<Object[]> rows = filter.bind(em.createNativeQuery("""
                SELECT id, organization_id, candidate_user_id, resume_id, posted_job_id, client_name, application_id,
                       note, submitted_by, created_at
                FROM candidate_submissions WHERE """ + " " + filter.where + " ORDER BY created_at DESC, id"))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
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

    /** The organization's hot list, optionally only entries with {@code tag} and {@code availability}: one page. */
    public List<HotListView> hotList(UUID organization, String tag, Availability availability, int page, int size) {
        return hotListRows(hotListFilter(organization, tag, availability), page, size);
    }

    public long countHotList(UUID organization, String tag, Availability availability) {
        return count("hot_list_candidates", hotListFilter(organization, tag, availability));
    }

    public Optional<HotListView> hotListEntry(UUID organization, UUID candidate) {
        return hotListRows(new Filter(organization).and("candidate_user_id = :candidate", "candidate", candidate), 0, 1)
                .stream().findFirst();
    }

    private static Filter hotListFilter(UUID organization, String tag, Availability availability) {
        return new Filter(organization).and("tags @> ARRAY[CAST(:tag AS text)]", "tag", tag)
                .and("availability = :availability", "availability", availability == null ? null : availability.name());
    }

    @SuppressWarnings("unchecked")
    private List<HotListView> hotListRows(Filter filter, int page, int size) {
        List<Object[]> rows = filter.bind(em.createNativeQuery("""
                SELECT id, candidate_user_id, resume_id, availability, CAST(available_from AS text),
                       CAST(tags AS text[]), note, added_by, created_at, updated_at
                FROM hot_list_candidates WHERE """ + " " + filter.where + " ORDER BY updated_at DESC, id"))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new HotListView((UUID) r[0], (UUID) r[1], (UUID) r[2], Availability.valueOf((String) r[3]),
                r[4] == null ? null : LocalDate.parse((String) r[4]), strings(r[5]), (String) r[6], (UUID) r[7], time(r[8]),
                time(r[9]))).toList();
    }

    private long count(String table, Filter filter) {
        return ((Number) filter.bind(em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + filter.where))
                .getSingleResult()).longValue();
    }

    /** The organization's rows, and only the filters given (a null parameter would need a type the driver cannot guess). */
    private static final class Filter {
        private final StringBuilder where = new StringBuilder("organization_id = :organization");
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Filter(UUID organization) {
            parameters.put("organization", organization);
        }

        Filter and(String condition, String name, Object value) {
            if (value != null) {
                where.append(" AND ").append(condition);
                parameters.put(name, value);
            }
            return this;
        }

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    public boolean removeFromHotList(UUID organization, UUID candidate) {
        return em.createNativeQuery("DELETE FROM hot_list_candidates WHERE organization_id = ?1 AND candidate_user_id = ?2")
                .setParameter(1, organization).setParameter(2, candidate).executeUpdate() > 0;
    }
}
