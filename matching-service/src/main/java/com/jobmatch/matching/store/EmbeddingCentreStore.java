package com.jobmatch.matching.store;

import com.jobmatch.matching.domain.EmbeddingCentre;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The catalogue's centre (mean job embedding), read once and refreshed in the background: it moves slowly as
 * jobs come and go, and averaging every embedding on each request would cost more than the ranking itself.
 */
@ApplicationScoped
public class EmbeddingCentreStore {

    private final AgroalDataSource dataSource;
    private volatile EmbeddingCentre current;

    public EmbeddingCentreStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The last computed centre; computed now when there is none yet (or the catalogue had no embeddings). */
    public EmbeddingCentre current() {
        EmbeddingCentre centre = current;
        return centre == null || centre == EmbeddingCentre.NONE ? compute() : centre;
    }

    @Scheduled(every = "${jobmatch.schedule.embedding-centre:10m}", delayed = "${jobmatch.schedule.embedding-centre:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        compute();
    }

    private EmbeddingCentre compute() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT avg(embedding)::text FROM jobs WHERE embedding IS NOT NULL")) {
            String mean = rs.next() ? rs.getString(1) : null;
            current = mean == null ? EmbeddingCentre.NONE : new EmbeddingCentre(RetrievalStore.fromLiteral(mean));
            return current;
        } catch (SQLException e) {
            throw new IllegalStateException("The catalogue's embedding centre could not be computed", e);
        }
    }
}
