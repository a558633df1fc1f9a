package com.jobmatch.resume.versions;

import com.jobmatch.resume.resumes.ResumeData;
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
import java.util.UUID;

/** One state of a resume's data; numbered 1, 2, 3... per resume. */
@Entity
@Table(name = "resume_versions")
public class ResumeVersion {

    public static final String PARSE = "parse";
    public static final String CORRECTION = "correction";
    public static final String RESTORE = "restore";
    public static final String OPTIMIZATION = "optimization";
    public static final String IMPORT = "import";
    public static final String MANUAL = "manual";

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "resume_id", nullable = false)
    public UUID resumeId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(name = "change_source", nullable = false)
    public String changeSource;

    @Column(name = "change_summary")
    public String changeSummary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "resume_data", nullable = false)
    public ResumeData resumeData;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
