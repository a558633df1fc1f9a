package com.jobmatch.matching.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/** One skill of the platform taxonomy; {@code slug} is the stable public id (contract skillId). */
@Entity
@Table(schema = "matching_metadata", name = "skills_taxonomy")
public class SkillTaxonomyEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String slug;

    @Column(name = "skill_name", nullable = false)
    public String skillName;

    @Column(name = "canonical_name", nullable = false)
    public String canonicalName;

    @Column(nullable = false)
    public String category;

    public int frequency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> synonyms;

    @Column(name = "esco_uri")
    public String escoUri;

    /** O*NET's commodity code of a technology (UNSPSC); null for ESCO's skills (V44). */
    @Column(name = "onet_code")
    public String onetCode;

    @Column(nullable = false)
    public String source;
}
