package com.jobmatch.matching.matches;

import com.jobmatch.matching.scoring.EmbeddingCentre;
import com.jobmatch.matching.config.RankingConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The embedding centre semantic similarity is measured from: the fixed reference of {@link EmbeddingCentre#reference}
 * (configured by {@code jobmatch.ranking.retrieval.reference-centre}), never the catalogue's own mean, so no job in
 * the catalogue moves another pair's similarity. It is stored (table {@code embedding_centre}) because retrieval's
 * index orders jobs by their direction from it ({@code jobs.centred_embedding}, which a trigger derives from the
 * embedding and the stored centre, V24), each dimension scaled by the learnt semantic metric stored beside the centre
 * ({@code jobmatch.ranking.retrieval.semantic-metric}, V45). When the stored centre or scale is not the reference (a
 * catalogue centred on its own mean before, or a new reference or metric shipped), the reference is stored, every
 * job's direction rewritten and every stored ranking queued to be ranked again, in one transaction; that is checked
 * in the background and, when the last check is older than {@code jobmatch.ranking.retrieval.centre-max-age}, before
 * use.
 */
@ApplicationScoped
public class EmbeddingCentreStore {

    private final AgroalDataSource dataSource;
    private final Duration maxAge;
    private final EmbeddingCentre reference;
    /** When the stored centre was last found to be the reference; null before the first check. */
    private volatile Instant checkedAt;

    @Inject
    public EmbeddingCentreStore(AgroalDataSource dataSource, RankingConfig config) {
        this(dataSource, config.retrieval().centreMaxAge(), reference(config.retrieval()));
    }

    EmbeddingCentreStore(AgroalDataSource dataSource, Duration maxAge, EmbeddingCentre reference) {
        this.dataSource = dataSource;
        this.maxAge = maxAge;
        this.reference = reference;
    }

    /** The configured centre, scaled by the configured semantic metric unless that is {@code none}. */
    static EmbeddingCentre reference(RankingConfig.Retrieval retrieval) {
        EmbeddingCentre centre = EmbeddingCentre.reference(retrieval.referenceCentre());
        String metric = retrieval.semanticMetric().strip();
        return metric.equals(RankingConfig.Retrieval.PLAIN_COSINE) ? centre : centre.scaledBy(EmbeddingCentre.scale(metric));
    }

    /** The centre; the stored one is checked against the reference when the last check is older than the configured age. */
    public EmbeddingCentre current() {
        Instant last = checkedAt;
        return last != null && last.plus(maxAge).isAfter(Instant.now()) ? reference : refresh();
    }

    @Scheduled(every = "${jobmatch.schedule.embedding-centre:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Stores the reference and re-centres every job when the stored centre is another; returns the reference. */
    public synchronized EmbeddingCentre refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            EmbeddingCentre stored = read(statement, "SELECT mean::text, scale::text FROM embedding_centre WHERE id = 1");
            if (!stored.sameAs(reference)) {
                recentre(connection, reference);
            }
            checkedAt = Instant.now();
            return reference;
        } catch (SQLException e) {
            throw new IllegalStateException("The embedding centre could not be stored", e);
        }
    }

    private static EmbeddingCentre read(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next() || rs.getString(1) == null) {
                return EmbeddingCentre.NONE;
            }
            String scale = rs.getString(2);
            return new EmbeddingCentre(RetrievalStore.fromLiteral(rs.getString(1)),
                    scale == null ? new float[0] : RetrievalStore.fromLiteral(scale));
        }
    }

    private static void recentre(Connection connection, EmbeddingCentre centre) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement store = connection.prepareStatement("""
                INSERT INTO embedding_centre (id, mean, scale, jobs)
                VALUES (1, ?::vector, ?::vector, (SELECT count(*) FROM jobs WHERE embedding IS NOT NULL))
                ON CONFLICT (id) DO UPDATE SET mean = EXCLUDED.mean, scale = EXCLUDED.scale, jobs = EXCLUDED.jobs,
                    computed_at = now()""");
             Statement rewrite = connection.createStatement()) {
            store.setString(1, RetrievalStore.toLiteral(centre.mean()));
            store.setString(2, centre.scale().length == 0 ? null : RetrievalStore.toLiteral(centre.scale()));
            store.executeUpdate();
            rewrite.executeUpdate("UPDATE jobs SET centred_embedding = centred_embedding(embedding) WHERE embedding IS NOT NULL");
            // Stored rankings were scored, and their reach measured, with the old similarity: until each is ranked
            // again (bulk work, as V39 queued it), any new job may enter it, and its scores become the ones its
            // explanations give.
            rewrite.executeUpdate("UPDATE match_reach SET reach = NULL WHERE reach IS NOT NULL");
            rewrite.executeUpdate("""
                    INSERT INTO match_recompute_queue (reason, resume_id, priority, owner_key)
                    SELECT DISTINCT 'RESUME', m.resume_id, 1, m.resume_id::text FROM user_job_matches m
                    WHERE NOT EXISTS (SELECT 1 FROM match_recompute_queue q WHERE q.reason = 'RESUME'
                                      AND q.status = 'pending' AND q.attempts = 0 AND q.resume_id = m.resume_id)""");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
