package com.jobmatch.ai.domain;

import com.jobmatch.ai.store.ModelRegistry;
import com.jobmatch.ai.store.ModelRegistry.ModelSpec;
import com.jobmatch.ai.store.ProcessingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Writes what each unit of work cost to ai_processing_sessions and the model's hourly performance totals. */
@ApplicationScoped
public class UsageRecorder {

    public enum Status { SUCCEEDED, FAILED, FALLBACK }

    public record Usage(UUID userId, String operation, ModelSpec model, Status status, int inputTokens,
                        int outputTokens, long latencyMs, String error) {
    }

    private final ModelRegistry models;

    public UsageRecorder(ModelRegistry models) {
        this.models = models;
    }

    /** In its own transaction, so a failed call is still recorded when the caller's work rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Usage usage) {
        double cost = usage.inputTokens() / 1000.0 * usage.model().costPer1kInput()
                + usage.outputTokens() / 1000.0 * usage.model().costPer1kOutput();
        ProcessingSession session = new ProcessingSession();
        session.userId = usage.userId();
        session.operation = usage.operation();
        session.modelName = usage.model().name();
        session.status = usage.status().name();
        session.inputTokens = usage.inputTokens();
        session.outputTokens = usage.outputTokens();
        session.costUsd = cost;
        session.latencyMs = usage.latencyMs();
        session.error = usage.error();
        session.persist();
        models.addToPerformance(models.idOf(usage.model()), usage.operation(), usage.status() != Status.SUCCEEDED,
                usage.latencyMs(), usage.inputTokens(), usage.outputTokens(), cost);
    }
}
