package com.jobmatch.resume.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One suggestion from ai-service to fit a resume to a target job; the owner accepts or rejects it. */
@Entity
@Table(name = "resume_optimizations")
public class ResumeOptimization {

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "resume_id", nullable = false)
    public UUID resumeId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "batch_id", nullable = false)
    public UUID batchId;

    @Column(name = "suggestion_type", nullable = false)
    public String suggestionType;

    public String section;

    @Column(name = "field_path", nullable = false)
    public String fieldPath;

    @Column(name = "before_text")
    public String beforeText;

    @Column(name = "after_text", nullable = false)
    public String afterText;

    public String rationale;

    @Column(nullable = false)
    public String status = PENDING;

    @Column(name = "applied_version")
    public Integer appliedVersion;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
