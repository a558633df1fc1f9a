package com.jobmatch.resume.versions;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** One field a version changed compared with the version before it. */
@Entity
@Table(name = "resume_version_changes")
public class ResumeVersionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "field_path", nullable = false)
    public String fieldPath;

    @Column(name = "change_type", nullable = false)
    public String changeType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_value")
    public JsonNode oldValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_value")
    public JsonNode newValue;

    public FieldChange toChange() {
        return new FieldChange(fieldPath, changeType, oldValue, newValue);
    }
}
