package com.jobmatch.common.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another writer's uncommitted update, for tests of two writers of one row: the rows it updates stay locked until
 * {@link #commit()}, so the code under test reads them as they were, waits for the lock when it writes, and then writes
 * after this writer's commit, the order that loses an update when a writer puts back columns it only read. Use it in
 * try-with-resources; closed without a commit, the update is rolled back.
 */
public final class RowLock implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection connection;
    private final int rows;
    private boolean committed;

    private RowLock(DataSource dataSource, Connection connection, int rows) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.rows = rows;
    }

    /** Runs {@code update} in a transaction left open. */
    public static RowLock update(DataSource dataSource, String update) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            return new RowLock(dataSource, connection, statement.executeUpdate(update));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** How many rows the update changed (and holds). */
    public int rows() {
        return rows;
    }

    /**
     * Waits until another session of the database waits for a lock: the writer under test has read the rows and is
     * blocked on this update. Read on a connection of its own (a transaction sees one snapshot of pg_stat_activity).
     */
    public void awaitWaitingWriter() throws InterruptedException, SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!writerWaits()) {
            assertTrue(System.nanoTime() < deadline, "no writer waited for the row lock within 30 s");
            Thread.sleep(20);
        }
    }

    private boolean writerWaits() throws SQLException {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT count(*) FROM pg_stat_activity
                     WHERE datname = current_database() AND wait_event_type = 'Lock'""")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    public void commit() throws SQLException {
        connection.commit();
        committed = true;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!committed) {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
            connection.close();
        }
    }
}
