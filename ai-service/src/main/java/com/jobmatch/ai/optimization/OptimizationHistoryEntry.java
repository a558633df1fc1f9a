package com.jobmatch.ai.optimization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** GENERATED when suggestions are made; ACCEPTED or REJECTED when the person decides on one. */
@Entity
@Table(name = "optimization_history")
public class OptimizationHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "optimization_id")
    public UUID optimizationId;

    @Column(name = "user_id")
    public UUID userId;

    public String event;

    @Column(name = "suggestion_id")
    public String suggestionId;

    @Column(name = "suggestion_type")
    public String suggestionType;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
