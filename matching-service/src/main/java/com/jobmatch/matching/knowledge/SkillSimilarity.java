package com.jobmatch.matching.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** How often two skills are asked for together across the catalogue (one row per unordered pair, a < b). */
@Entity
@Table(schema = "matching_metadata", name = "skill_similarity")
public class SkillSimilarity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "skill_a_id", nullable = false)
    public UUID skillAId;

    @Column(name = "skill_b_id", nullable = false)
    public UUID skillBId;

    @Column(name = "co_occurrence_count", nullable = false)
    public int coOccurrenceCount;

    @Column(name = "jaccard_similarity", nullable = false)
    public BigDecimal jaccardSimilarity;

    @Column(name = "confidence_score", nullable = false)
    public BigDecimal confidenceScore;
}
