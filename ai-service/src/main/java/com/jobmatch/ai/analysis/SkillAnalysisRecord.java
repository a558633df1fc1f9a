package com.jobmatch.ai.analysis;

import com.jobmatch.contract.model.ExtractedSkill;
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
@Table(name = "skill_analyses")
public class SkillAnalysisRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "text_kind")
    public String textKind;

    @Column(name = "content_hash")
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ExtractedSkill> skills;

    @Column(name = "skill_count")
    public int skillCount;

    @Column(name = "taxonomy_version")
    public String taxonomyVersion;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
