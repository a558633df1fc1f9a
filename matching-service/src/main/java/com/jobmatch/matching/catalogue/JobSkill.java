package com.jobmatch.matching.catalogue;

import com.jobmatch.matching.knowledge.SkillTaxonomyEntry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** A normalized skill of a job, found by enrichment. */
@Entity
@Table(name = "job_skills")
public class JobSkill extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skill_id")
    public SkillTaxonomyEntry skill;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkillRequirementKind requirement;

    @Column(nullable = false)
    public BigDecimal importance;
}
