package com.jobmatch.matching.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** One directed edge of the category transition matrix: how likely work in {@code from} leads to {@code to}. */
@Entity
@Table(schema = "matching_metadata", name = "category_compatibility")
public class CategoryCompatibility extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "from_category", nullable = false)
    public String fromCategory;

    @Column(name = "to_category", nullable = false)
    public String toCategory;

    @Column(name = "transition_count", nullable = false)
    public int transitionCount;

    @Column(name = "transition_probability", nullable = false)
    public BigDecimal transitionProbability;

    @Column(name = "compatibility_score", nullable = false)
    public BigDecimal compatibilityScore;

    @Column(name = "sample_size", nullable = false)
    public int sampleSize;
}
