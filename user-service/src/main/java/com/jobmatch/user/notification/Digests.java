package com.jobmatch.user.notification;

import com.jobmatch.user.accounts.User;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.mail.Mails;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mails the collected new-match notifications as one digest per user, daily and weekly. */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class);

    private final NotificationRepository notifications;
    private final UserRepository users;
    private final Mails mails;

    public Digests(NotificationRepository notifications, UserRepository users, Mails mails) {
        this.notifications = notifications;
        this.users = users;
        this.mails = mails;
    }

    @Scheduled(identity = "daily-digest", cron = "${jobmatch.notifications.daily-digest-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        send(Delivery.DAILY_DIGEST);
    }

    @Scheduled(identity = "weekly-digest", cron = "${jobmatch.notifications.weekly-digest-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void weekly() {
        send(Delivery.WEEKLY_DIGEST);
    }

    /** Sends every waiting notification of this digest, one mail per user; returns how many mails left. */
    @Transactional
    public int send(Delivery digest) {
        Map<UUID, List<Notification>> byUser = new LinkedHashMap<>();
        for (Notification due : notifications.lockDue(digest)) {
            byUser.computeIfAbsent(due.userId, id -> new java.util.ArrayList<>()).add(due);
        }
        Instant now = Instant.now();
        String period = digest == Delivery.DAILY_DIGEST ? "daily" : "weekly";
        int sent = 0;
        for (Map.Entry<UUID, List<Notification>> entry : byUser.entrySet()) {
            User user = users.findById(entry.getKey());
            entry.getValue().forEach(n -> n.sentAt = now);
            if (user.enabled) {
                mails.sendDigest(user.email, user.displayName, period,
                        entry.getValue().stream().map(n -> new Mails.DigestItem(n.subject, n.body)).toList());
                sent++;
            }
        }
        if (sent > 0) {
            LOG.infof("Sent %d %s digests", sent, period);
        }
        return sent;
    }
}
