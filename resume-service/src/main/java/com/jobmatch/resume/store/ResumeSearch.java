package com.jobmatch.resume.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** Full-text search over resumes (the generated search_vector column and its GIN index). */
@ApplicationScoped
public class ResumeSearch {

    /** {@code headline}: HTML, the resume's text escaped and the matched words in {@code <b>} (see {@link SearchHeadline}). */
    public record Hit(UUID resumeId, String title, String name, double rank, String headline) {
    }

    private static final String QUERY = """
            SELECT r.id, r.title, r.resume_data -> 'contact_info' ->> 'full_name', ts_rank(r.search_vector, q) AS rank,
                   ts_headline('english', replace(replace(coalesce(r.resume_data ->> 'summary', r.title), :start, ''), :stop, ''), q,
                               'MaxWords=20, MinWords=5, StartSel=' || :start || ', StopSel=' || :stop) AS headline
            FROM resumes r, websearch_to_tsquery('english', :query) q
            WHERE r.search_vector @@ q AND %s
            ORDER BY rank DESC, r.created_at DESC, r.id
            LIMIT :limit OFFSET :offset
            """;

    private static final String COUNT = """
            SELECT count(*) FROM resumes r, websearch_to_tsquery('english', :query) q
            WHERE r.search_vector @@ q AND %s
            """;
    private static final String OWNER = "r.user_id = :owner";
    private static final String SEARCHABLE = "r.searchable AND r.current_version > 0";

    private final EntityManager em;

    public ResumeSearch(EntityManager em) {
        this.em = em;
    }

    public List<Hit> ofOwner(UUID userId, String query, int page, int size) {
        return run(QUERY.formatted(OWNER), query, page, size, userId);
    }

    /** How many of the owner's resumes {@link #ofOwner} finds over all pages. */
    public long countOfOwner(UUID userId, String query) {
        return ((Number) em.createNativeQuery(COUNT.formatted(OWNER)).setParameter("query", query)
                .setParameter("owner", userId).getSingleResult()).longValue();
    }

    /** How many searchable resumes {@link #searchable} finds over all pages. */
    public long countSearchable(String query) {
        return ((Number) em.createNativeQuery(COUNT.formatted(SEARCHABLE)).setParameter("query", query)
                .getSingleResult()).longValue();
    }

    /** Resumes their owners marked searchable and that have data, for recruiters. */
    public List<Hit> searchable(String query, int page, int size) {
        return run(QUERY.formatted(SEARCHABLE), query, page, size, null);
    }

    private List<Hit> run(String sql, String query, int page, int size, UUID owner) {
        var q = em.createNativeQuery(sql).setParameter("query", query)
                .setParameter("start", String.valueOf(SearchHeadline.START))
                .setParameter("stop", String.valueOf(SearchHeadline.STOP))
                .setParameter("limit", size).setParameter("offset", page * size);
        if (owner != null) {
            q.setParameter("owner", owner);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Hit((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue(), SearchHeadline.toSafeHtml((String) r[4]))).toList();
    }
}
