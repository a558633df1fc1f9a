package com.jobmatch.resume.resumes;

import com.jobmatch.resume.search.ResumeSearchStore;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ResumeRepository implements PanacheRepositoryBase<Resume, UUID> {

    public Optional<Resume> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Resume> findByChecksum(UUID userId, String checksum) {
        return find("userId = ?1 and checksumSha256 = ?2", userId, checksum).firstResultOptional();
    }

    public Optional<Resume> findByLegacyId(String legacyId) {
        return find("legacyId", legacyId).firstResultOptional();
    }

    public List<Resume> pageOfUser(UUID userId, Sort sort, int page, int size) {
        return find("userId", sort, userId).page(Page.of(page, size)).list();
    }

    public long countOfUser(UUID userId) {
        return count("userId", userId);
    }

    /**
     * Inserts the bare row of a new resume and returns it managed, for the caller to fill in. It is the user's
     * primary resume when the user has none yet. Two first resumes created at once are decided by the partial
     * unique index uq_resumes_one_primary: ON CONFLICT makes the later insert wait for the earlier one's commit
     * and then do nothing, so it is inserted again as a non-primary resume instead of failing.
     */
    public Resume insertNew(UUID userId, String title, String source, String checksum) {
        UUID id = UUID.randomUUID();
        int asPrimary = getEntityManager().createNativeQuery("""
                        INSERT INTO resumes (id, user_id, title, source, checksum_sha256, is_primary)
                        SELECT :id, :user, :title, :source, CAST(:checksum AS VARCHAR), TRUE
                        WHERE NOT EXISTS (SELECT 1 FROM resumes WHERE user_id = :user)
                        ON CONFLICT (user_id) WHERE is_primary DO NOTHING""")
                .setParameter("id", id).setParameter("user", userId).setParameter("title", title)
                .setParameter("source", source).setParameter("checksum", checksum)
                .executeUpdate();
        if (asPrimary == 0) {
            getEntityManager().createNativeQuery("""
                            INSERT INTO resumes (id, user_id, title, source, checksum_sha256, is_primary)
                            VALUES (:id, :user, :title, :source, CAST(:checksum AS VARCHAR), FALSE)""")
                    .setParameter("id", id).setParameter("user", userId).setParameter("title", title)
                    .setParameter("source", source).setParameter("checksum", checksum)
                    .executeUpdate();
        }
        return findById(id);
    }

    public void clearPrimary(UUID userId) {
        update("primary = false where userId = ?1 and primary = true", userId);
        getEntityManager().flush();
    }

    /**
     * Resumes with data (parsed, imported or entered by hand) that recruiters of this organization may see (null: of
     * no organization, so only those visible to all), oldest first.
     */
    @SuppressWarnings("unchecked")
    public List<Resume> searchablePage(UUID organizationId, int page, int size) {
        return getEntityManager().createNativeQuery("SELECT r.* FROM resumes r WHERE r.current_version > 0 AND "
                        + ResumeSearchStore.VISIBLE + " ORDER BY r.created_at, r.id LIMIT :limit OFFSET :offset", Resume.class)
                .setParameter("org", ResumeSearchStore.org(organizationId)).setParameter("limit", size)
                .setParameter("offset", page * size).getResultList();
    }

    public long countSearchable(UUID organizationId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT count(*) FROM resumes r WHERE r.current_version > 0 AND "
                        + ResumeSearchStore.VISIBLE).setParameter("org", ResumeSearchStore.org(organizationId)).getSingleResult())
                .longValue();
    }

    /** Keeps an imported resume's own creation and change times instead of the import's. */
    public void keepLegacyTimes(UUID id, OffsetDateTime created, OffsetDateTime updated) {
        getEntityManager().createNativeQuery("UPDATE resumes SET created_at = :created, updated_at = :updated WHERE id = :id")
                .setParameter("created", created).setParameter("updated", updated).setParameter("id", id).executeUpdate();
    }
}
