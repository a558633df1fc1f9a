package com.jobmatch.matching.collector;

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

/** Statistics of one collector pass over one feed source. */
@Entity
@Table(name = "collector_runs")
public class CollectorRun extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(nullable = false)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CollectorRunStatus status;

    @Column(name = "pages_fetched")
    public int pagesFetched;

    @Column(name = "jobs_seen")
    public int jobsSeen;

    @Column(name = "new_count")
    public int newCount;

    @Column(name = "updated_count")
    public int updatedCount;

    @Column(name = "unchanged_count")
    public int unchangedCount;

    @Column(name = "rejected_count")
    public int rejectedCount;

    public String error;

    @Generated
    @Column(name = "started_at", insertable = false, updatable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
