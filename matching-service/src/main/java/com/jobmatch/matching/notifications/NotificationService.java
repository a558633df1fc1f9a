package com.jobmatch.matching.notifications;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.contract.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reading notifications and marking them read. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;

    public NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional
    public Page<NotificationView> of(UUID userId, boolean unreadOnly, int page, int size) {
        return new Page<>(notifications.of(userId, unreadOnly, page, size).stream().map(NotificationView::of).toList(),
                page, size, notifications.countOf(userId, unreadOnly));
    }

    /** Marks a notification the caller may see as read (404 otherwise); reading it again changes nothing. */
    @Transactional
    public NotificationView read(UUID id, Caller caller) {
        Notification notification = notifications.findById(id);
        if (notification == null) {
            throw ProblemException.notFound("Notification");
        }
        caller.requireAccess(notification.userId, "Notification");
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now();
        }
        return NotificationView.of(notification);
    }
}
