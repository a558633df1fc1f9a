package com.jobmatch.ai.usage;

import com.jobmatch.ai.store.AiRecords;
import com.jobmatch.ai.store.ModelRegistry;
import com.jobmatch.ai.store.ModelRegistry.ModelSpec;
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
    private final AiRecords records;

    public UsageRecorder(ModelRegistry models, AiRecords records) {
        this.models = models;
        this.records = records;
    }

    /** In its own transaction, so a failed call is still recorded when the caller's work rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Usage usage) {
        double cost = usage.inputTokens() / 1000.0 * usage.model().costPer1kInput()
                + usage.outputTokens() / 1000.0 * usage.model().costPer1kOutput();
        records.saveUsage(usage, cost);
        models.addToPerformance(models.idOf(usage.model()), usage.operation(), usage.status() != Status.SUCCEEDED,
                usage.latencyMs(), usage.inputTokens(), usage.outputTokens(), cost);
    }
}
