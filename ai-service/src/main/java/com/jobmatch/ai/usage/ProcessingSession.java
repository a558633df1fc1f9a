package com.jobmatch.ai.usage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/** One unit of work and what it cost: an embedding batch, an analysis, or a call to the chat model. */
@Entity
@Table(name = "ai_processing_sessions")
public class ProcessingSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    public String operation;

    @Column(name = "model_name")
    public String modelName;

    public String status;

    @Column(name = "input_tokens")
    public int inputTokens;

    @Column(name = "output_tokens")
    public int outputTokens;

    @Column(name = "cost_usd")
    public double costUsd;

    @Column(name = "latency_ms")
    public long latencyMs;

    public String error;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
