package com.jobmatch.matching.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A professional certification known to matching, with how much it weighs when a job asks for it. The JSONB
 * industry_relevance column is left unmapped: part 1 does not read it.
 */
@Entity
@Table(schema = "matching_metadata", name = "certifications")
public class CertificationEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String issuer;
    public String category;

    @Column(name = "relevance_weight", nullable = false)
    public BigDecimal relevanceWeight;
}
