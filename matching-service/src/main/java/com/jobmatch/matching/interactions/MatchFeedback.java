package com.jobmatch.matching.interactions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's verdict on a match: helpful or not, with a reason. */
@Entity
@Table(name = "match_feedback", schema = "matching_metadata")
public class MatchFeedback extends PanacheEntityBase {

    /** How much one helpful (or unhelpful) verdict moves personalization, against {@link InteractionType}. */
    public static final double STRENGTH = 1.0;

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "interaction_id")
    public UUID interactionId;

    @Column(nullable = false)
    public boolean helpful;

    public String reason;

    public String comment;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
