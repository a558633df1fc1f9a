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

/** A user's place in an organization; a user has at most one (unique user_id). */
@Entity
@Table(name = "organization_members")
public class OrganizationMember extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public UUID organizationId;

    public UUID userId;

    /** {@link OrgRole#value()}: owner, recruiter or hiring_manager. */
    public String role;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public OrgRole orgRole() {
        return OrgRole.of(role);
    }
}
