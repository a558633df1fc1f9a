package com.jobmatch.user.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** One email notification another service asked for, and how it went out. */
@Entity
@Table(name = "notifications")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public UUID userId;

    public String kind;

    public String subject;

    public String body;

    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    /** When the mail (alone or in a digest) was handed to the mail server; null while it waits for its digest. */
    public Instant sentAt;
}
