package com.jobmatch.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Durable work: stored matches to recompute because a resume, preferences, weights or a job changed. */
@Entity
@Table(name = "match_recompute_queue")
public class RecomputeTask extends PanacheEntityBase {

    public enum Reason { RESUME, PREFERENCES, WEIGHTS, JOB }

    @Id
    @GeneratedValue
    public UUID id;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Reason reason;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "resume_id")
    public UUID resumeId;

    @Column(name = "job_id")
    public UUID jobId;

    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    public static RecomputeTask of(Reason reason, UUID userId, UUID resumeId, UUID jobId) {
        RecomputeTask task = new RecomputeTask();
        task.reason = reason;
        task.userId = userId;
        task.resumeId = resumeId;
        task.jobId = jobId;
        task.nextAttemptAt = OffsetDateTime.now();
        return task;
    }
}
