package com.jobmatch.matching.interactions;

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
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "user_job_interactions", schema = "matching_metadata")
public class UserJobInteraction extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Enumerated(EnumType.STRING)
    @Column(name = "interaction_type", nullable = false)
    public InteractionType type;

    /** Context of the interaction (e.g. the resume it was seen for). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "interaction_data", nullable = false)
    public Map<String, Object> data;

    @Generated
    @Column(name = "\"timestamp\"", insertable = false, updatable = false)
    public OffsetDateTime timestamp;
}
