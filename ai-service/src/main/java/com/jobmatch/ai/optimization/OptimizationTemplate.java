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

/** Seeded wording for each kind of suggestion (V2 migration). */
@Entity
@Table(name = "optimization_templates")
public class OptimizationTemplate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    public String code;

    @Column(name = "suggestion_type")
    public String suggestionType;

    @Column(name = "why_template")
    public String whyTemplate;

    public boolean active;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Generated
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;
}
