package com.jobmatch.user.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * The notifications waiting for this digest, by user and age, locked; rows another instance is sending are
     * skipped, so two instances running the same schedule never mail an item twice.
     */
    @SuppressWarnings("unchecked")
    public List<Notification> lockDue(Delivery digest) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM notifications WHERE delivery = :delivery AND sent_at IS NULL"
                                + " ORDER BY user_id, created_at, id FOR UPDATE SKIP LOCKED", Notification.class)
                .setParameter("delivery", digest.name())
                .getResultList();
    }
}
