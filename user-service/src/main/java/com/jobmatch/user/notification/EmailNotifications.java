package com.jobmatch.user.notification;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.user.accounts.User;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.mail.Mails;
import com.jobmatch.user.preferences.NotificationFrequency;
import com.jobmatch.user.preferences.PreferencesRepository;
import com.jobmatch.user.preferences.UserPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Email notifications other services ask for (stage changes, interviews, invitations, new matches). New matches follow
 * the user's email preference (immediate, daily or weekly digest, never; or email off); every other kind is mailed at
 * once. Every request is stored, so what was sent, collected or held back can be told afterwards.
 */
@ApplicationScoped
public class EmailNotifications {

    /** The kind whose mails honour the user's notification frequency. */
    public static final String NEW_MATCHES = "NEW_MATCHES";

    private final UserRepository users;
    private final PreferencesRepository preferences;
    private final NotificationRepository notifications;
    private final Mails mails;

    public EmailNotifications(UserRepository users, PreferencesRepository preferences,
                              NotificationRepository notifications, Mails mails) {
        this.users = users;
        this.preferences = preferences;
        this.notifications = notifications;
        this.mails = mails;
    }

    /** Sends, queues or holds back one notification; 404 "User" for an unknown user. */
    @Transactional
    public NotificationReceipt request(UUID userId, String kind, String subject, String text) {
        User user = users.findByIdOptional(userId).orElseThrow(() -> ProblemException.notFound("User"));
        Notification notification = new Notification();
        notification.userId = userId;
        notification.kind = kind;
        notification.subject = subject.strip();
        notification.body = text;
        notification.delivery = deliveryFor(user, kind);
        if (notification.delivery == Delivery.SENT) {
            notification.sentAt = Instant.now();
            mails.sendNotification(user.email, notification.subject, text);
        }
        notifications.persist(notification);
        return new NotificationReceipt(notification.id, notification.delivery);
    }

    private Delivery deliveryFor(User user, String kind) {
        if (!user.enabled) {
            return Delivery.SUPPRESSED;
        }
        if (!NEW_MATCHES.equals(kind)) {
            return Delivery.SENT;
        }
        UserPreferences stored = preferences.findByUser(user.id).orElseGet(() -> UserPreferences.defaultsFor(user.id));
        if (!stored.notifyByEmail) {
            return Delivery.SUPPRESSED;
        }
        NotificationFrequency frequency = stored.notificationFrequency;
        return switch (frequency) {
            case IMMEDIATE -> Delivery.SENT;
            case DAILY -> Delivery.DAILY_DIGEST;
            case WEEKLY -> Delivery.WEEKLY_DIGEST;
            case NEVER -> Delivery.SUPPRESSED;
        };
    }

    /** What became of a notification request. */
    public record NotificationReceipt(UUID id, Delivery delivery) {
    }
}
