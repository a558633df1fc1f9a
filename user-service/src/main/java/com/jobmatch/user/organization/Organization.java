package com.jobmatch.user.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** A company or agency whose recruiters work together; it owns jobs in matching-service. */
@Entity
@Table(name = "organizations")
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String name;

    /** The admin who created it. */
    public UUID createdBy;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;
}
