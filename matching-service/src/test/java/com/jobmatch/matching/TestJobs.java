package com.jobmatch.matching;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Test helpers: unique ids, postings in our JSON shape, and direct reads of the database. */
public final class TestJobs {

    private TestJobs() {
    }

    public static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /** A posting in our import shape; {@code variant} changes the description (a new version of the same job). */
    public static String posting(String externalId, String title, String company, String variant) {
        return """
                {"externalId":"%s","title":"%s","company":"%s","location":"Berlin, Germany","source":"test",
                 "description":"Requirements: Python and SQL. %s","url":"https://jobs.example.org/%s",
                 "employmentTypes":["FULL_TIME"],"workArrangement":"HYBRID","experienceLevel":"2-5",
                 "industries":["Software"],"salary":{"min":50000,"max":70000,"currency":"EUR","period":"YEAR"},
                 "keySkills":["Python"],"citiesDerived":["Berlin"]}""".formatted(externalId, title, company, variant, externalId);
    }

    public static String array(String... postings) {
        return "[" + String.join(",", postings) + "]";
    }

    public static long count(AgroalDataSource ds, String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(AgroalDataSource ds, String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
