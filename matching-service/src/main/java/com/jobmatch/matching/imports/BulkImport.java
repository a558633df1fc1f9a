package com.jobmatch.matching.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The record of one bulk import (seed 003 bulk import tracking). */
@Entity
@Table(name = "bulk_imports")
public class BulkImport extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportFormat format;

    @Column(nullable = false)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "new_count")
    public int newCount;

    @Column(name = "updated_count")
    public int updatedCount;

    @Column(name = "unchanged_count")
    public int unchangedCount;

    @Column(name = "rejected_count")
    public int rejectedCount;

    @Generated
    @Column(name = "started_at", insertable = false, updatable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
