package com.jobmatch.matching.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row a run could not store: its page, its place on the page, its external id if it had one, and why. */
@Entity
@Table(name = "source_run_rejections")
public class SourceRunRejection extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "run_id", nullable = false)
    public UUID runId;

    public int page;

    @Column(name = "row_number")
    public int rowNumber;

    @Column(name = "external_id")
    public String externalId;

    @Column(nullable = false)
    public String reason;
}
