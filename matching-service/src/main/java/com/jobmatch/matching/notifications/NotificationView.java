package com.jobmatch.matching.notifications;


import java.time.OffsetDateTime;
import java.util.UUID;

public record NotificationView(UUID id, String kind, UUID jobId, UUID applicationId, String title, String body,
                               boolean read, OffsetDateTime createdAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.jobId, n.applicationId, n.title, n.body, n.readAt != null, n.createdAt);
    }
}
