package com.jobmatch.matching.matches;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One ranked job for one resume (scores stored as 0-1 fractions, as the table defines them). Three writers touch a row
 * at once: a ranking (scores, reasons), the deep analysis (its own columns) and the person (status). An update writes
 * only the columns its writer changed ({@code @DynamicUpdate}): written whole, an analysis stored just after a new
 * ranking put the ranking's old scores back, and a ranking stored just after a save put the status back to NEW.
 */
@Entity
@Table(name = "user_job_matches")
@DynamicUpdate
public class UserJobMatch extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "resume_id", nullable = false)
    public UUID resumeId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "semantic_score")
    public BigDecimal semanticScore;

    @Column(name = "overall_score")
    public BigDecimal overallScore;

    @Column(name = "preference_fit")
    public BigDecimal preferenceFit;

    public BigDecimal confidence;

    @Column(name = "knocked_out")
    public boolean knockedOut;

    /** HIGH, MEDIUM or LOW, from the overall score. */
    public String priority;

    @Column(name = "match_reasoning")
    public String matchReasoning;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "key_alignments")
    public List<String> keyAlignments;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "potential_gaps")
    public List<String> potentialGaps;

    /** The person's filtered fields this job does not state, so the filters could not be checked. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "unstated_filters")
    public List<String> unstatedFilters;

    /** Ranked after the jobs known to pass the filters (the person's choice for jobs that leave them unstated). */
    @Column(name = "below_known")
    public boolean belowKnown;

    /** NEW until the person interacts: VIEWED, SAVED, APPLIED, SHARED (dismissed matches are removed). */
    public String status;

    @Column(name = "llm_score")
    public BigDecimal llmScore;

    @Column(name = "llm_reasoning")
    public String llmReasoning;

    @Column(name = "analysis_status")
    public String analysisStatus;

    @Column(name = "weights_variant")
    public String weightsVariant;

    @Column(name = "computed_at")
    public OffsetDateTime computedAt;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
