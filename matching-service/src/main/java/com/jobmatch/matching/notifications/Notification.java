package com.jobmatch.matching.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Something to tell a person: a new match above their threshold, or an application reminder. */
@Entity
@Table(name = "notifications")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    /** NEW_MATCH, APPLICATION_REMINDER or INTERVIEW_REMINDER. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "dedup_key", nullable = false)
    public String dedupKey;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
