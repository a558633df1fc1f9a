package com.jobmatch.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A job waiting for skills and an embedding from ai-service; removed only once they are stored. */
@Entity
@Table(name = "enrichment_queue")
public class EnrichmentTask extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(name = "job_content_hash", nullable = false)
    public String jobContentHash;

    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;
}
