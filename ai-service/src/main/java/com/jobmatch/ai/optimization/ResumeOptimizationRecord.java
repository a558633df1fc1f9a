package com.jobmatch.ai.optimization;

import com.jobmatch.contract.api.OptimizationSuggestion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "resume_optimizations")
public class ResumeOptimizationRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "resume_id")
    public UUID resumeId;

    @Column(name = "job_id")
    public UUID jobId;

    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<OptimizationSuggestion> suggestions;

    @Column(name = "rejected_suggestions")
    public int rejectedSuggestions;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Generated
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;
}
