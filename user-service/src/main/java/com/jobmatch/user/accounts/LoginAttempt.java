package com.jobmatch.user.accounts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** A login try, kept for throttling; the email is recorded even when no such account exists. */
@Entity
@Table(name = "login_attempts")
public class LoginAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String email;

    public String ipAddress;

    public boolean succeeded;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant attemptedAt;
}
