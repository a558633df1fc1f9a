package com.jobmatch.resume.store;

import com.jobmatch.resume.domain.OptimizationFeedback;
import com.jobmatch.resume.domain.ResumeOptimization;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OptimizationRepository implements PanacheRepositoryBase<ResumeOptimization, UUID> {

    public List<ResumeOptimization> ofResume(UUID resumeId) {
        return list("resumeId", Sort.descending("createdAt").and("id"), resumeId);
    }

    public Optional<ResumeOptimization> findOfResume(UUID resumeId, UUID id, boolean forUpdate) {
        Optional<ResumeOptimization> found = forUpdate
                ? findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : findByIdOptional(id);
        return found.filter(o -> o.resumeId.equals(resumeId));
    }

    public void persistFeedback(OptimizationFeedback feedback) {
        getEntityManager().persist(feedback);
    }

    public List<OptimizationFeedback> feedbackOfResume(UUID resumeId) {
        return getEntityManager().createQuery("""
                        select f from OptimizationFeedback f, ResumeOptimization o
                        where f.optimizationId = o.id and o.resumeId = :resume order by f.createdAt desc, f.id""",
                OptimizationFeedback.class).setParameter("resume", resumeId).getResultList();
    }
}
