package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.Vectors;
import com.jobmatch.matching.scoring.EmbeddingCentre;
import com.jobmatch.matching.config.RankingConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The catalogue's centre (mean job embedding). It is stored (table {@code embedding_centre}) because retrieval's index
 * orders jobs by their direction from it ({@code jobs.centred_embedding}, which a trigger derives from the embedding
 * and the stored centre, V24). The mean is recomputed in the background; when it has moved (its cosine to the stored
 * centre is below {@code jobmatch.ranking.retrieval.recentre-below}) or none is stored yet, the new centre is stored
 * and every job's direction rewritten, in one transaction. The centre moves slowly as jobs come and go, so that
 * is rare.
 */
@ApplicationScoped
public class EmbeddingCentreStore {

    private record Computed(EmbeddingCentre centre, Instant at) {
    }

    private final AgroalDataSource dataSource;
    private final Duration maxAge;
    private final double recentreBelow;
    private volatile Computed current;

    public EmbeddingCentreStore(AgroalDataSource dataSource, RankingConfig config) {
        this.dataSource = dataSource;
        this.maxAge = config.retrieval().centreMaxAge();
        this.recentreBelow = config.retrieval().recentreBelow();
    }

    /** The stored centre; checked against the catalogue now when it is older than the configured age or missing. */
    public EmbeddingCentre current() {
        Computed last = current;
        boolean usable = last != null && last.centre() != EmbeddingCentre.NONE
                && last.at().plus(maxAge).isAfter(Instant.now());
        return usable ? last.centre() : refresh();
    }

    @Scheduled(every = "${jobmatch.schedule.embedding-centre:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Compares the catalogue's mean with the stored centre, re-centres when it moved; returns the stored centre. */
    public synchronized EmbeddingCentre refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            EmbeddingCentre stored = read(statement, "SELECT mean::text FROM embedding_centre WHERE id = 1");
            EmbeddingCentre mean = read(statement, "SELECT avg(embedding)::text FROM jobs WHERE embedding IS NOT NULL");
            EmbeddingCentre centre = stored;
            if (mean != EmbeddingCentre.NONE && (stored == EmbeddingCentre.NONE
                    || Vectors.cosine(stored.mean(), mean.mean()) < recentreBelow)) {
                recentre(connection, mean);
                centre = mean;
            }
            current = new Computed(centre, Instant.now());
            return centre;
        } catch (SQLException e) {
            throw new IllegalStateException("The catalogue's embedding centre could not be computed", e);
        }
    }

    private static EmbeddingCentre read(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            String mean = rs.next() ? rs.getString(1) : null;
            return mean == null ? EmbeddingCentre.NONE : new EmbeddingCentre(RetrievalStore.fromLiteral(mean));
        }
    }

    private static void recentre(Connection connection, EmbeddingCentre centre) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement store = connection.prepareStatement("""
                INSERT INTO embedding_centre (id, mean, jobs) VALUES (1, ?::vector, (SELECT count(*) FROM jobs WHERE embedding IS NOT NULL))
                ON CONFLICT (id) DO UPDATE SET mean = EXCLUDED.mean, jobs = EXCLUDED.jobs, computed_at = now()""");
             Statement rewrite = connection.createStatement()) {
            store.setString(1, RetrievalStore.toLiteral(centre.mean()));
            store.executeUpdate();
            rewrite.executeUpdate("UPDATE jobs SET centred_embedding = centred_embedding(embedding) WHERE embedding IS NOT NULL");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
