package com.jobmatch.resume.versions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VersionRepository implements PanacheRepositoryBase<ResumeVersion, UUID> {

    /** One page of a resume's versions, newest first. */
    public List<ResumeVersion> history(UUID resumeId, int page, int size) {
        return find("resumeId", Sort.descending("versionNumber"), resumeId).page(page, size).list();
    }

    public long countOfResume(UUID resumeId) {
        return count("resumeId", resumeId);
    }

    public Optional<ResumeVersion> find(UUID resumeId, int number) {
        return find("resumeId = ?1 and versionNumber = ?2", resumeId, number).firstResultOptional();
    }

    public List<ResumeVersionChange> changesOf(UUID versionId) {
        return getEntityManager()
                .createQuery("from ResumeVersionChange where versionId = :id order by fieldPath", ResumeVersionChange.class)
                .setParameter("id", versionId).getResultList();
    }

    public void persistChange(ResumeVersionChange change) {
        getEntityManager().persist(change);
    }
}
