package com.jobmatch.matching.notifications;

import com.jobmatch.matching.applications.ApplicationRepository;
import com.jobmatch.matching.applications.JobApplication;
import com.jobmatch.matching.config.RankingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Application reminders: a follow-up when an application has sat in APPLIED for a while, and a reminder of an
 * interview coming up. Each is created once (the dedup key names the application and the moment).
 */
@ApplicationScoped
public class ReminderWorker {

    private final RankingConfig.Notifications config;
    private final ApplicationRepository applications;
    private final NotificationRepository notifications;

    public ReminderWorker(RankingConfig config, ApplicationRepository applications, NotificationRepository notifications) {
        this.config = config.notifications();
        this.applications = applications;
        this.notifications = notifications;
    }

    @Scheduled(every = "${jobmatch.schedule.reminders:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remind(OffsetDateTime.now());
    }

    /** Creates the reminders due at {@code now}; returns how many were new. */
    @Transactional
    public int remind(OffsetDateTime now) {
        int created = 0;
        List<JobApplication> waiting = applications.appliedBefore(now.minus(config.followUpAfter()));
        for (JobApplication application : waiting) {
            created += create(application, "APPLICATION_REMINDER", "followup:" + application.id + ":" + application.appliedAt,
                    "Time to follow up", "You applied %d days ago and have not heard back yet."
                            .formatted(Duration.between(application.appliedAt, now).toDays()));
        }
        List<JobApplication> interviews = applications.interviewsBetween(now, now.plus(config.interviewWithin()));
        for (JobApplication application : interviews) {
            created += create(application, "INTERVIEW_REMINDER", "interview:" + application.id + ":"
                    + application.nextInterviewAt, "Interview coming up", "Your interview is at " + application.nextInterviewAt);
        }
        return created;
    }

    private int create(JobApplication application, String kind, String key, String title, String body) {
        if (notifications.exists(application.userId, key)) {
            return 0;
        }
        Notification notification = new Notification();
        notification.userId = application.userId;
        notification.kind = kind;
        notification.jobId = application.jobId;
        notification.applicationId = application.id;
        notification.title = title;
        notification.body = body;
        notification.dedupKey = key;
        notifications.persist(notification);
        return 1;
    }
}
