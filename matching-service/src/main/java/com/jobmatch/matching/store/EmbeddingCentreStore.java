package com.jobmatch.matching.store;

import com.jobmatch.matching.domain.EmbeddingCentre;
import com.jobmatch.matching.config.RankingConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The catalogue's centre (mean job embedding), read once and refreshed in the background: it moves slowly as
 * jobs come and go, and averaging every embedding on each request would cost more than the ranking itself.
 */
@ApplicationScoped
public class EmbeddingCentreStore {

    private record Computed(EmbeddingCentre centre, Instant at) {
    }

    private final AgroalDataSource dataSource;
    private final Duration maxAge;
    private volatile Computed current;

    public EmbeddingCentreStore(AgroalDataSource dataSource, RankingConfig config) {
        this.dataSource = dataSource;
        this.maxAge = config.retrieval().centreMaxAge();
    }

    /** The last computed centre; computed now when there is none yet, it is too old, or the catalogue was empty. */
    public EmbeddingCentre current() {
        Computed last = current;
        boolean usable = last != null && last.centre() != EmbeddingCentre.NONE
                && last.at().plus(maxAge).isAfter(Instant.now());
        return usable ? last.centre() : compute();
    }

    @Scheduled(every = "${jobmatch.schedule.embedding-centre:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        compute();
    }

    private EmbeddingCentre compute() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT avg(embedding)::text FROM jobs WHERE embedding IS NOT NULL")) {
            String mean = rs.next() ? rs.getString(1) : null;
            EmbeddingCentre centre = mean == null ? EmbeddingCentre.NONE : new EmbeddingCentre(RetrievalStore.fromLiteral(mean));
            current = new Computed(centre, Instant.now());
            return centre;
        } catch (SQLException e) {
            throw new IllegalStateException("The catalogue's embedding centre could not be computed", e);
        }
    }
}
