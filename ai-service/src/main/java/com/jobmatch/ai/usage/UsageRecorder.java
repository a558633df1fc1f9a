package com.jobmatch.ai.usage;

import com.jobmatch.ai.usage.ModelRegistry.ModelSpec;
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
    private final UsageStore store;

    public UsageRecorder(ModelRegistry models, UsageStore store) {
        this.models = models;
        this.store = store;
    }

    /** In its own transaction, so a failed call is still recorded when the caller's work rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Usage usage) {
        double cost = usage.inputTokens() / 1000.0 * usage.model().costPer1kInput()
                + usage.outputTokens() / 1000.0 * usage.model().costPer1kOutput();
        store.saveSession(usage, cost);
        store.addToPerformance(models.idOf(usage.model()), usage.operation(), usage.status() != Status.SUCCEEDED,
                usage.latencyMs(), usage.inputTokens(), usage.outputTokens(), cost);
    }
}
