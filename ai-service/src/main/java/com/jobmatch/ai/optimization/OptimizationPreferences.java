package com.jobmatch.ai.optimization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How one person wants suggestions made; absent until they change a default. */
@Entity
@Table(name = "user_optimization_preferences")
public class OptimizationPreferences extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "max_suggestions")
    public int maxSuggestions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "enabled_types")
    public List<String> enabledTypes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "preferred_section_order")
    public List<String> preferredSectionOrder;

    @Column(name = "allow_llm")
    public boolean allowLlm;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Generated
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;
}
