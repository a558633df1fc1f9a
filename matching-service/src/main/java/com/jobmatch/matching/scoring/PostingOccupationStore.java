package com.jobmatch.matching.scoring;

import com.jobmatch.matching.knowledge.Occupations.Occupation;
import com.pgvector.PGvector;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The stored reading of each posting's occupation ({@link PostingOccupation}, table job_occupations), per version of
 * its text (content_hash). Enrichment writes it with the rest of what it reads from a posting; a job that has none
 * for its current text (enriched before there were readings, or written straight to the table) is read here from
 * its stored text and embedding the first time it is loaded for scoring, and kept.
 */
@ApplicationScoped
public class PostingOccupationStore {

    /** Replaces the reading: enrichment has just read the posting's current text and embedding. */
    private static final String REPLACE = """
            INSERT INTO job_occupations (job_id, content_hash, source, isco, label) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (job_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, source = EXCLUDED.source,
                                               isco = EXCLUDED.isco, label = EXCLUDED.label, read_at = now()""";
    /**
     * Keeps a reading only where the job has none for this text: one enrichment wrote meanwhile (from a newer
     * embedding) wins.
     */
    private static final String KEEP_UNLESS_READ = REPLACE + " WHERE job_occupations.content_hash <> EXCLUDED.content_hash";
    private static final String INPUTS = """
            SELECT id, content_hash, title, description, embedding::text AS embedding FROM jobs WHERE id = ANY (?)""";

    private final AgroalDataSource dataSource;

    public PostingOccupationStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the reading of a posting's text (of this content hash), in the caller's transaction. */
    public void replace(UUID jobId, String contentHash, PostingOccupation reading) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(REPLACE)) {
            bind(statement, jobId, contentHash, reading);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a posting's occupation failed", e);
        }
    }

    /**
     * Reads the occupations of these jobs from their stored text and embedding, keeps them, and returns them by job;
     * a job gone meanwhile is left out.
     */
    public Map<UUID, PostingOccupation> readAndKeep(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, PostingOccupation> read = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, String> hashes = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(INPUTS)) {
                query.setArray(1, connection.createArrayOf("uuid", jobIds.toArray()));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        UUID id = row.getObject("id", UUID.class);
                        String embedding = row.getString("embedding");
                        read.put(id, PostingOccupation.read(row.getString("title"), row.getString("description"),
                                embedding == null ? null : new PGvector(embedding).toArray()));
                        hashes.put(id, row.getString("content_hash"));
                    }
                }
            }
            try (PreparedStatement keep = connection.prepareStatement(KEEP_UNLESS_READ)) {
                for (Map.Entry<UUID, PostingOccupation> reading : read.entrySet()) {
                    bind(keep, reading.getKey(), hashes.get(reading.getKey()), reading.getValue());
                    keep.addBatch();
                }
                keep.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading postings' occupations failed", e);
        }
        return read;
    }

    /** The stored reading in a row with columns occupation_source, occupation_isco, occupation_label; null if none. */
    public static PostingOccupation stored(ResultSet row) throws SQLException {
        String source = row.getString("occupation_source");
        if (source == null) {
            return null;
        }
        PostingOccupation.Source read = PostingOccupation.Source.valueOf(source);
        return read == PostingOccupation.Source.NONE ? PostingOccupation.NONE : new PostingOccupation(
                new Occupation(row.getString("occupation_isco"), row.getString("occupation_label")), read);
    }

    private static void bind(PreparedStatement statement, UUID jobId, String contentHash, PostingOccupation reading)
            throws SQLException {
        statement.setObject(1, jobId);
        statement.setString(2, contentHash);
        statement.setString(3, reading.source().name());
        statement.setString(4, reading.occupation() == null ? null : reading.occupation().isco());
        statement.setString(5, reading.occupation() == null ? null : reading.occupation().label());
    }
}
