package com.jobmatch.matching.catalogue;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.enrichment.StatedFact;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A posting in the global catalogue. Rows are written by {@link JobUpsertStore} (INSERT ... ON CONFLICT)
 * and by enrichment; this entity serves reads. The embedding is written with SQL and not mapped here.
 */
@Entity
@Table(name = "jobs")
public class Job extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "external_id", nullable = false, updatable = false)
    public String externalId;

    public String title;
    public String company;
    public String location;
    public String description;
    public String url;
    public String source;

    @Column(name = "posted_at")
    public OffsetDateTime postedAt;

    @Column(name = "discovered_at")
    public OffsetDateTime discoveredAt;

    @Column(name = "content_hash")
    public String contentHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ai_employment_type")
    public List<String> employmentTypes;

    @Enumerated(EnumType.STRING)
    @Column(name = "ai_work_arrangement")
    public WorkArrangement workArrangement;

    @Column(name = "ai_experience_level")
    public String experienceLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ai_key_skills")
    public List<String> keySkills;

    /** The listed skills enrichment could not read (V42); written by enrichment's store only, so read-only here. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "unread_key_skills", insertable = false, updatable = false)
    public List<String> unreadKeySkills;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ai_keywords")
    public List<String> keywords;

    @Column(name = "ai_core_responsibilities")
    public String coreResponsibilities;

    @Column(name = "ai_requirements_summary")
    public String requirementsSummary;

    @Column(name = "ai_education_requirements")
    public String educationRequirements;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ai_benefits")
    public List<String> benefits;

    @Column(name = "ai_salary_currency")
    public String salaryCurrency;

    @Column(name = "ai_salary_minvalue")
    public BigDecimal salaryMin;

    @Column(name = "ai_salary_maxvalue")
    public BigDecimal salaryMax;

    @Column(name = "ai_salary_value")
    public BigDecimal salaryValue;

    @Column(name = "ai_salary_period")
    public String salaryPeriod;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ai_taxonomies_a")
    public List<String> industries;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "locations_derived")
    public List<String> locationsDerived;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cities_derived")
    public List<String> citiesDerived;

    @Column(name = "ai_visa_sponsorship")
    public Boolean visaSponsorship;

    @Column(name = "ai_job_language")
    public String jobLanguage;

    @Column(name = "ai_working_hours")
    public String workingHours;

    public String country;
    public String region;
    public Double latitude;
    public Double longitude;

    @Column(name = "min_experience_months")
    public Integer minExperienceMonths;

    @Column(name = "max_experience_months")
    public Integer maxExperienceMonths;

    @Column(name = "minimum_education")
    public String minimumEducation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_certifications")
    public List<String> requiredCertifications;

    @Enumerated(EnumType.STRING)
    @Column(name = "collar_type")
    public CollarType collarType;

    @Column(name = "collar_reason")
    public String collarReason;

    @Column(name = "embedding_model")
    public String embeddingModel;

    @Column(name = "enriched_at")
    public OffsetDateTime enrichedAt;

    @Column(name = "cluster_id")
    public UUID clusterId;

    /** When the posting expires (schema.org validThrough); past it the job is closed. */
    @Column(name = "valid_through")
    public OffsetDateTime validThrough;

    /** Set when the job is closed (gone from its source, or expired): kept for history and applications, never matched. */
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_reason")
    public String closedReason;

    /** What the posting's own words state about the job, each with its span (read at enrichment). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stated_facts", insertable = false, updatable = false)
    public List<StatedFact> statedFacts;

    /** The person who brought this job (a private job, seen by nobody else); null for the catalogue. */
    @Column(name = "owner_user_id")
    public UUID ownerUserId;

    /** A catalogue job is visible to everyone signed in; a private job only to the person who brought it. */
    public boolean visibleTo(UUID userId) {
        return ownerUserId == null || ownerUserId.equals(userId);
    }

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
