package com.jobmatch.ai.usage;

import com.jobmatch.ai.usage.ModelRegistry.ModelSpec;
import com.jobmatch.ai.usage.UsageRecorder.Usage;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * ai-service's record of its own use (ai_processing_sessions, ai_models, model_performance_history): all their SQL.
 * The models and the hourly totals are upserts in SQL, so concurrent requests add to the same hourly bucket without
 * lost updates. The callers (UsageRecorder, ModelRegistry) own the transactions; MANDATORY makes a forgotten one fail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UsageStore {

    private final AgroalDataSource dataSource;

    public UsageStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void saveSession(Usage usage, double costUsd) {
        ProcessingSession session = new ProcessingSession();
        session.userId = usage.userId();
        session.operation = usage.operation();
        session.modelName = usage.model().name();
        session.status = usage.status().name();
        session.inputTokens = usage.inputTokens();
        session.outputTokens = usage.outputTokens();
        session.costUsd = costUsd;
        session.latencyMs = usage.latencyMs();
        session.error = usage.error();
        session.persist();
    }

    /** Inserts the model, or brings its row up to date (and active again); returns its id. */
    public UUID registerModel(ModelSpec spec) {
        String sql = "INSERT INTO ai_models (name, provider, model_type, dimension, cost_per_1k_input, cost_per_1k_output) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET provider = EXCLUDED.provider, "
                + "model_type = EXCLUDED.model_type, dimension = EXCLUDED.dimension, "
                + "cost_per_1k_input = EXCLUDED.cost_per_1k_input, cost_per_1k_output = EXCLUDED.cost_per_1k_output, "
                + "active = true RETURNING id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, spec.name());
            statement.setString(2, spec.provider());
            statement.setString(3, spec.type());
            statement.setObject(4, spec.dimension());
            statement.setDouble(5, spec.costPer1kInput());
            statement.setDouble(6, spec.costPer1kOutput());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Registering model " + spec.name() + " failed", e);
        }
    }

    /** Adds one call to the model's bucket for the current hour. */
    public void addToPerformance(UUID modelId, String operation, boolean failed, long latencyMs,
                                 int inputTokens, int outputTokens, double costUsd) {
        String sql = "INSERT INTO model_performance_history (model_id, operation, bucket_start, calls, failures, "
                + "total_latency_ms, input_tokens, output_tokens, cost_usd) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?) "
                + "ON CONFLICT ON CONSTRAINT model_performance_bucket DO UPDATE SET "
                + "calls = model_performance_history.calls + 1, "
                + "failures = model_performance_history.failures + EXCLUDED.failures, "
                + "total_latency_ms = model_performance_history.total_latency_ms + EXCLUDED.total_latency_ms, "
                + "input_tokens = model_performance_history.input_tokens + EXCLUDED.input_tokens, "
                + "output_tokens = model_performance_history.output_tokens + EXCLUDED.output_tokens, "
                + "cost_usd = model_performance_history.cost_usd + EXCLUDED.cost_usd";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, modelId);
            statement.setString(2, operation);
            statement.setObject(3, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.HOURS)));
            statement.setInt(4, failed ? 1 : 0);
            statement.setLong(5, latencyMs);
            statement.setInt(6, inputTokens);
            statement.setInt(7, outputTokens);
            statement.setDouble(8, costUsd);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording model performance failed", e);
        }
    }
}
