package com.jobmatch.resume.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** Full-text search over resumes (the generated search_vector column and its GIN index). */
@ApplicationScoped
public class ResumeSearchStore {

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
    /**
     * The resume is visible to recruiters of the organization bound as {@code :org} (text; {@link #org}): to all
     * organizations, or to the selected ones and this is one of them.
     */
    public static final String VISIBLE = "(r.visibility = 'ALL_ORGANIZATIONS' OR (r.visibility = 'SELECTED_ORGANIZATIONS' "
            + "AND CAST(:org AS text) = ANY(CAST(r.visible_to AS text[]))))";
    private static final String SEARCHABLE = "r.current_version > 0 AND " + VISIBLE;

    private final EntityManager em;

    public ResumeSearchStore(EntityManager em) {
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

    /** The value bound as {@code :org}: an organization no resume names when the caller is in none. */
    public static String org(UUID organizationId) {
        return organizationId == null ? "none" : organizationId.toString();
    }

    /** How many resumes {@link #searchable} finds over all pages. */
    public long countSearchable(String query, UUID organizationId) {
        return ((Number) em.createNativeQuery(COUNT.formatted(SEARCHABLE)).setParameter("query", query)
                .setParameter("org", org(organizationId)).getSingleResult()).longValue();
    }

    /** Resumes with data their owners let recruiters of this organization (null: of none) see. */
    public List<Hit> searchable(String query, UUID organizationId, int page, int size) {
        return run(QUERY.formatted(SEARCHABLE), query, page, size, null, org(organizationId));
    }

    private List<Hit> run(String sql, String query, int page, int size, UUID owner) {
        return run(sql, query, page, size, owner, null);
    }

    private List<Hit> run(String sql, String query, int page, int size, UUID owner, String organization) {
        var q = em.createNativeQuery(sql).setParameter("query", query)
                .setParameter("start", String.valueOf(SearchHeadline.START))
                .setParameter("stop", String.valueOf(SearchHeadline.STOP))
                .setParameter("limit", size).setParameter("offset", page * size);
        if (owner != null) {
            q.setParameter("owner", owner);
        }
        if (organization != null) {
            q.setParameter("org", organization);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Hit((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue(), SearchHeadline.toSafeHtml((String) r[4]))).toList();
    }
}
