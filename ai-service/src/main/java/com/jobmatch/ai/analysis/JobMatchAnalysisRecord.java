package com.jobmatch.ai.analysis;

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
@Table(name = "job_match_analyses")
public class JobMatchAnalysisRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "resume_id")
    public UUID resumeId;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "required_matched")
    public int requiredMatched;

    @Column(name = "required_total")
    public int requiredTotal;

    @Column(name = "skill_match_percentage")
    public double skillMatchPercentage;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "matching_skills")
    public List<String> matchingSkills;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_skills")
    public List<String> missingSkills;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_skills")
    public List<String> extraSkills;

    @Column(name = "industry_alignment")
    public String industryAlignment;

    @Column(name = "experience_comparison")
    public String experienceComparison;

    public String narrative;

    @Column(name = "narrative_source")
    public String narrativeSource;

    @Column(name = "llm_score")
    public Double llmScore;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
