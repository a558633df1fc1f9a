package com.jobmatch.resume.resumes;

import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.resume.files.FileKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A resume: the stored file, its processing status and its current structured data (seed 002 + seed 004). */
@Entity
@Table(name = "resumes")
public class Resume {

    public static final String PENDING = "pending";
    public static final String PARSING = "parsing";
    public static final String PARSED = "parsed";
    public static final String FAILED = "failed";
    public static final String MANUAL = "manual";

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "legacy_id")
    public String legacyId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String status = PENDING;

    @Column(nullable = false)
    public String source = "upload";

    @Column(name = "is_primary", nullable = false)
    public boolean primary;

    /** Visible to some organization's recruiters ({@link #visibility} not PRIVATE); kept in step by the service. */
    @Column(nullable = false)
    public boolean searchable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResumeVisibility visibility = ResumeVisibility.PRIVATE;

    /** The organizations whose recruiters may see it when {@link #visibility} is SELECTED_ORGANIZATIONS; else empty. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "visible_to", nullable = false, columnDefinition = "uuid[]")
    public UUID[] visibleTo = new UUID[0];

    /** Whether a recruiter of this organization (null: of none) may see the resume. */
    public boolean visibleTo(UUID organizationId) {
        return switch (visibility) {
            case PRIVATE -> false;
            case ALL_ORGANIZATIONS -> true;
            case SELECTED_ORGANIZATIONS -> organizationId != null && Arrays.asList(visibleTo).contains(organizationId);
        };
    }

    @Column(nullable = false)
    public boolean enriched;

    @Column(name = "storage_config_id")
    public UUID storageConfigId;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "checksum_sha256")
    public String checksumSha256;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "resume_data", nullable = false)
    public ResumeData resumeData = ResumeData.EMPTY;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "file_metadata")
    public Map<String, Object> fileMetadata;

    /** The key of {@link #fileMetadata} that holds the day the file says it was last written (ISO date). */
    public static final String WRITTEN_ON = "written_on";

    @Column(name = "extracted_text")
    public String extractedText;

    /**
     * The text the resume's skills are read from, and so the text their evidence offsets index: the text extracted
     * from the upload, else (a resume written in the form) its structured data written out.
     */
    public String text() {
        return extractedText != null ? extractedText : ResumeText.of(resumeData);
    }

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extracted_skills", nullable = false)
    public List<ExtractedSkill> extractedSkills = List.of();

    @Column(name = "total_experience_months")
    public Integer totalExperienceMonths;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "error_message")
    public String errorMessage;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The day the uploaded file says it was last written (its metadata), if it says. */
    public Optional<LocalDate> writtenOn() {
        Object value = fileMetadata == null ? null : fileMetadata.get(WRITTEN_ON);
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value.toString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Keeps the day the uploaded file says it was last written with the file's other metadata. */
    public void writtenOn(LocalDate day) {
        Map<String, Object> metadata = fileMetadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fileMetadata);
        metadata.put(WRITTEN_ON, day.toString());
        fileMetadata = metadata;
    }

    public FileKind fileKind() {
        for (FileKind kind : FileKind.values()) {
            if (kind.mediaType().equals(contentType)) {
                return kind;
            }
        }
        return null;
    }
}
