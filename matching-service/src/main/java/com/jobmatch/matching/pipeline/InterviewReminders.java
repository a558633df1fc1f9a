package com.jobmatch.matching.pipeline;

import com.jobmatch.matching.applications.InterviewRound;
import com.jobmatch.matching.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Interview reminders: {@code jobmatch.interviews.reminder-lead} (24 h) before a round, an email to the candidate and
 * one to each interviewer. The emails go into the durable outbox in the transaction that marks the round reminded
 * ({@code interviews.reminder_queued_at}), so each round is reminded exactly once, across restarts and instances (the
 * rows are claimed with SKIP LOCKED); sending them is then the outbox's (retried while user-service is down). A
 * cancelled round is not reminded, and cancelling it takes back a reminder still waiting in the outbox
 * ({@link #reference}). A round scheduled within the lead time is reminded at the next pass.
 */
@ApplicationScoped
public class InterviewReminders {

    /** Rounds handled per transaction, so one pass never holds many locks for long. */
    private static final int BATCH = 100;

    private final PipelineStore store;
    private final Outbox outbox;
    private final Duration lead;

    public InterviewReminders(PipelineStore store, Outbox outbox,
                              @ConfigProperty(name = "jobmatch.interviews.reminder-lead", defaultValue = "PT24H") Duration lead) {
        this.store = store;
        this.outbox = outbox;
        this.lead = lead;
    }

    /** The outbox reference of a round's reminder emails. */
    static String reference(UUID interviewId) {
        return "interview-reminder:" + interviewId;
    }

    @Scheduled(every = "${jobmatch.schedule.interview-reminders:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (queueDue(Instant.now()) == BATCH) {
            // another batch is due
        }
    }

    /** Queues the reminders of the rounds due at {@code now} (one batch); returns how many rounds were reminded. */
    @Transactional
    public int queueDue(Instant now) {
        var due = store.remindersDue(now, now.plus(lead), BATCH);
        for (PipelineStore.DueReminder round : due) {
            String when = "%s (%s)".formatted(InterviewRound.localStart(round.startsAt(), round.timeZone()), round.timeZone());
            String where = (round.location() == null ? "" : " Place: " + round.location() + ".")
                    + (round.meetingUrl() == null ? "" : " Link: " + round.meetingUrl());
            String title = round.jobTitle() == null ? "the job" : "\"" + round.jobTitle() + "\"";
            String kind = round.kind().name().toLowerCase(Locale.ROOT);
            outbox.email(round.organizationId(), round.candidateId(), "INTERVIEW_REMINDER",
                    oneLine("Reminder: interview for %s on %s".formatted(title, when)),
                    "Your interview round %d (%s) for %s is on %s, %d minutes.%s".formatted(round.round(), kind, title,
                            when, round.durationMinutes(), where), reference(round.interviewId()));
            for (UUID interviewer : round.interviewers()) {
                outbox.email(round.organizationId(), interviewer, "INTERVIEW_REMINDER",
                        oneLine("Reminder: you interview for %s on %s".formatted(title, when)),
                        "You interview a candidate for %s: round %d (%s) on %s, %d minutes.%s".formatted(title,
                                round.round(), kind, when, round.durationMinutes(), where), reference(round.interviewId()));
            }
            store.markReminderQueued(round.interviewId());
        }
        return due.size();
    }

    /** user-service takes a subject of one line of at most 200 characters. */
    private static String oneLine(String subject) {
        String line = subject.replaceAll("[\\r\\n]+", " ");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
