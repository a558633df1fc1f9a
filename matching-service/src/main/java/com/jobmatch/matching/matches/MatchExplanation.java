package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.SubScores;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The full explanation of one resume-job score: sub-scores, weights, evidence, gaps, knock-outs, improvements. */
@Entity
@Table(name = "match_explanations", schema = "matching_metadata")
public class MatchExplanation extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "resume_id", nullable = false)
    public UUID resumeId;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "overall_score")
    public BigDecimal overallScore;

    @Column(name = "collar_type")
    public String collarType;

    @Column(name = "weights_config_id")
    public UUID weightsConfigId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sub_scores")
    public SubScores subScores;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "explanation_data")
    public MatchResult explanation;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
