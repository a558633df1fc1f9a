package com.jobmatch.resume.advice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OptimizationRepository implements PanacheRepositoryBase<ResumeOptimization, UUID> {

    /** One page of the suggestions for a resume, newest first. */
    public List<ResumeOptimization> ofResume(UUID resumeId, int page, int size) {
        return find("resumeId", Sort.descending("createdAt").and("id"), resumeId).page(page, size).list();
    }

    public long countOfResume(UUID resumeId) {
        return count("resumeId", resumeId);
    }

    public Optional<ResumeOptimization> findOfResume(UUID resumeId, UUID id, boolean forUpdate) {
        Optional<ResumeOptimization> found = forUpdate
                ? findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : findByIdOptional(id);
        return found.filter(o -> o.resumeId.equals(resumeId));
    }

    public void persistFeedback(OptimizationFeedback feedback) {
        getEntityManager().persist(feedback);
    }

    /** One page of the feedback on the suggestions for a resume, newest first. */
    public List<OptimizationFeedback> feedbackOfResume(UUID resumeId, int page, int size) {
        return getEntityManager().createQuery("""
                        select f from OptimizationFeedback f, ResumeOptimization o
                        where f.optimizationId = o.id and o.resumeId = :resume order by f.createdAt desc, f.id""",
                        OptimizationFeedback.class).setParameter("resume", resumeId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countFeedbackOfResume(UUID resumeId) {
        return getEntityManager().createQuery("""
                        select count(f) from OptimizationFeedback f, ResumeOptimization o
                        where f.optimizationId = o.id and o.resumeId = :resume""", Long.class)
                .setParameter("resume", resumeId).getSingleResult();
    }
}
