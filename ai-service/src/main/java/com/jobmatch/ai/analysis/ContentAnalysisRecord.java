package com.jobmatch.ai.analysis;

import com.jobmatch.contract.api.AnalysisFinding;
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

/** A stored resume analysis (ATS readiness and quality). */
@Entity
@Table(name = "content_analyses")
public class ContentAnalysisRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "resume_id")
    public UUID resumeId;

    @Column(name = "resume_version")
    public Integer resumeVersion;

    @Column(name = "overall_score")
    public double overallScore;

    @Column(name = "ats_score")
    public double atsScore;

    @Column(name = "word_count")
    public int wordCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sections_present")
    public List<String> sectionsPresent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sections_missing")
    public List<String> sectionsMissing;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AnalysisFinding> findings;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
