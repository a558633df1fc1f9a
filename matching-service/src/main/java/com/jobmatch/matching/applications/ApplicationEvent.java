package com.jobmatch.matching.applications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of an application's history. */
@Entity
@Table(name = "application_events")
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public JobApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ApplicationStatus toStatus;

    public String note;

    /** Who made the step: the candidate, or a member of the organization that posted the job; null before V31. */
    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "interview_at")
    public OffsetDateTime interviewAt;

    // Set on insert so that history is ordered within one transaction too (the column default would be equal).
    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
