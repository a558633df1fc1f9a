package com.jobmatch.resume.advice;

import com.jobmatch.contract.api.AnalysisFinding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Quality and ATS readiness of one resume version, as ai-service judged it. */
@Entity
@Table(name = "resume_analyses")
public class ResumeAnalysisResult {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "resume_id", nullable = false)
    public UUID resumeId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(name = "overall_score", nullable = false)
    public double overallScore;

    @Column(name = "ats_score", nullable = false)
    public double atsScore;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sections_present", nullable = false)
    public List<String> sectionsPresent = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sections_missing", nullable = false)
    public List<String> sectionsMissing = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AnalysisFinding> findings = List.of();

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
