package com.jobmatch.ai.embeddings;

import com.pgvector.PGvector;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Embeddings in pgvector. Plain JDBC because the vector type is bound through pgvector-java; Hibernate has no
 * mapping for it in this build.
 */
@ApplicationScoped
public class EmbeddingStore {

    public record NewEmbedding(String contentHash, String sourceType, String sourceId, int chunkCount, float[] vector) {
    }

    private final AgroalDataSource dataSource;

    public EmbeddingStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Vectors already stored for these content hashes with this model, by hash. */
    public Map<String, float[]> findByHashes(UUID modelId, Collection<String> hashes) {
        Map<String, float[]> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        String sql = "SELECT DISTINCT ON (content_hash) content_hash, embedding::text FROM embeddings "
                + "WHERE model_id = ? AND content_hash = ANY (?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", hashes.toArray());
            statement.setObject(1, modelId);
            statement.setArray(2, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new PGvector(rs.getString(2)).toArray());
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading embeddings failed", e);
        }
    }

    /** Stores the rows; a row already there for the same model, text and source is left as it is. */
    public void saveAll(UUID modelId, List<NewEmbedding> rows) {
        String sql = "INSERT INTO embeddings (model_id, content_hash, source_type, source_id, chunk_count, embedding) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT embeddings_once_per_source DO NOTHING";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (NewEmbedding row : rows) {
                statement.setObject(1, modelId);
                statement.setString(2, row.contentHash());
                statement.setString(3, row.sourceType());
                statement.setString(4, row.sourceId());
                statement.setInt(5, row.chunkCount());
                statement.setObject(6, new PGvector(row.vector()));
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing embeddings failed", e);
        }
    }
}
