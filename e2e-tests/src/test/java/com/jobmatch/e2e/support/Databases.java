package com.jobmatch.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads what the services stored, straight from their e2e databases (with each service's own role). One connection
 * per database is kept open, so tests can poll often.
 */
public final class Databases {

    private static final Map<String, Connection> CONNECTIONS = new ConcurrentHashMap<>();

    private Databases() {
    }

    public static long count(String service, String sql, Object... params) {
        List<List<Object>> rows = rows(service, sql, params);
        return ((Number) rows.getFirst().getFirst()).longValue();
    }

    public static List<List<Object>> rows(String service, String sql, Object... params) {
        try (PreparedStatement statement = connection(service).prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            CONNECTIONS.remove(service);
            throw new IllegalStateException(service + ": " + sql, e);
        }
    }

    private static Connection connection(String service) throws SQLException {
        Connection open = CONNECTIONS.get(service);
        if (open != null && open.isValid(2)) {
            return open;
        }
        String url = "jdbc:postgresql://" + System.getenv().getOrDefault("SUITE_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("SUITE_DB_PORT", "5432") + "/" + ServiceProcesses.database(service);
        String password = System.getenv().getOrDefault("SUITE_" + service.toUpperCase() + "_DB_PASSWORD", service + "_svc");
        Connection connection = DriverManager.getConnection(url, service + "_svc", password);
        CONNECTIONS.put(service, connection);
        return connection;
    }
}
