package com.jobmatch.matching.notifications;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** A person's notifications. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public List<Notification> of(UUID userId, boolean unreadOnly, int page, int size) {
        String query = "userId = ?1" + (unreadOnly ? " and readAt is null" : "") + " order by createdAt desc, id";
        return find(query, userId).page(page, size).list();
    }

    public long countOf(UUID userId, boolean unreadOnly) {
        return count("userId = ?1" + (unreadOnly ? " and readAt is null" : ""), userId);
    }

    public boolean exists(UUID userId, String dedupKey) {
        return count("userId = ?1 and dedupKey = ?2", userId, dedupKey) > 0;
    }
}
