package com.jobmatch.ai.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ai_models rows for the models this service uses (registered on first use) and their hourly performance
 * totals. Upserts in SQL so concurrent requests add to the same hourly bucket without lost updates.
 */
@ApplicationScoped
public class ModelRegistry {

    public record ModelSpec(String name, String provider, String type, Integer dimension,
                            double costPer1kInput, double costPer1kOutput) {
    }

    private final AgroalDataSource dataSource;
    private final Map<String, UUID> ids = new ConcurrentHashMap<>();

    public ModelRegistry(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Registered in its own committed transaction, so the id stays valid whatever the caller's work does. */
    public UUID idOf(ModelSpec spec) {
        return ids.computeIfAbsent(spec.name(), name -> QuarkusTransaction.requiringNew().call(() -> register(spec)));
    }

    private UUID register(ModelSpec spec) {
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
            statement.setObject(3, java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.HOURS)));
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
