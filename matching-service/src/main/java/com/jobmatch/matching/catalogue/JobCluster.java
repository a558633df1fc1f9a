package com.jobmatch.matching.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Postings from different sources with the same company, title and text; one of them is canonical. */
@Entity
@Table(name = "job_clusters")
public class JobCluster extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String fingerprint;

    @Column(name = "canonical_job_id")
    public UUID canonicalJobId;
}
