package com.jobmatch.resume.store;

import com.jobmatch.resume.domain.Resume;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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

    public void clearPrimary(UUID userId) {
        update("primary = false where userId = ?1 and primary = true", userId);
        getEntityManager().flush();
    }

    /** Searchable resumes that have data (parsed, imported or entered by hand). */
    public List<Resume> searchablePage(int page, int size) {
        return find("searchable = true and currentVersion > 0", Sort.by("createdAt").and("id"))
                .page(Page.of(page, size)).list();
    }

    public long countSearchable() {
        return count("searchable = true and currentVersion > 0");
    }
}
