package com.jobmatch.matching.applications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person's application to one job, moving through the pipeline with every step kept in its history. */
@Entity
@Table(name = "applications")
public class JobApplication extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public UUID userId;

    @Column(name = "job_id", nullable = false, updatable = false)
    public UUID jobId;

    @Column(name = "resume_id")
    public UUID resumeId;

    @Column(name = "resume_version")
    public Integer resumeVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    public String notes;

    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;

    @Column(name = "next_interview_at")
    public OffsetDateTime nextInterviewAt;

    /** Why the organization rejected the application (its recruiters' words); null otherwise. */
    @Column(name = "rejection_reason")
    public String rejectionReason;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt ASC, id ASC")
    public List<ApplicationEvent> history = new ArrayList<>();

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** Moves to {@code target} if the pipeline allows it, recording the step; refuses otherwise. */
    public void moveTo(ApplicationStatus target, String note, OffsetDateTime interviewAt, OffsetDateTime now) {
        moveTo(target, note, interviewAt, now, null);
    }

    /** As {@link #moveTo(ApplicationStatus, String, OffsetDateTime, OffsetDateTime)}, recording who moved it. */
    public void moveTo(ApplicationStatus target, String note, OffsetDateTime interviewAt, OffsetDateTime now, UUID actor) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("An application cannot go from %s to %s".formatted(status, target));
        }
        record(status, target, note, interviewAt).actorId = actor;
        if (target == ApplicationStatus.APPLIED) {
            appliedAt = now;
        }
        nextInterviewAt = target == ApplicationStatus.INTERVIEWING ? interviewAt : null;
        status = target;
    }

    public ApplicationEvent record(ApplicationStatus from, ApplicationStatus to, String note, OffsetDateTime interviewAt) {
        ApplicationEvent event = new ApplicationEvent();
        event.application = this;
        event.fromStatus = from;
        event.toStatus = to;
        event.note = note;
        event.interviewAt = interviewAt;
        history.add(event);
        return event;
    }
}
