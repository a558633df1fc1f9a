package com.jobmatch.matching.interactions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** People's verdicts on their matches (match_feedback). */
@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<MatchFeedback, UUID> {

    public List<MatchFeedback> of(UUID userId, int page, int size) {
        return find("userId = ?1 order by createdAt desc, id", userId).page(page, size).list();
    }

    public long countOf(UUID userId) {
        return count("userId", userId);
    }
}
