package com.jobmatch.matching.interactions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What people did with their matches (user_job_interactions). */
@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<UserJobInteraction, UUID> {

    public Optional<UserJobInteraction> latest(UUID userId, UUID jobId) {
        return find("userId = ?1 and jobId = ?2 order by timestamp desc", userId, jobId).firstResultOptional();
    }

    public List<UserJobInteraction> of(UUID userId, int page, int size) {
        return find("userId = ?1 order by timestamp desc, id", userId).page(page, size).list();
    }

    public long countOf(UUID userId) {
        return count("userId", userId);
    }
}
