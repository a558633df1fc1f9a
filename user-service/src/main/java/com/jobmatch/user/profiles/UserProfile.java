package com.jobmatch.user.profiles;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.EducationLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a person tells about their career; one per user, created on first save. */
@Entity
@Table(name = "user_profiles")
public class UserProfile extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public UUID userId;

    public String headline;

    public String summary;

    public Integer yearsOfExperience;

    @Enumerated(EnumType.STRING)
    public EducationLevel educationLevel;

    @Enumerated(EnumType.STRING)
    public CollarType collarType;

    public String city;

    public String region;

    public String country;

    public Double latitude;

    public Double longitude;

    public String phone;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProfileLink> links = new ArrayList<>();

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public Instant updatedAt;
}
