package com.jobmatch.user;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Direct reads of the test database, to prove what a request stored or left alone. */
@ApplicationScoped
public class Db {

    public static final List<String> TABLES = List.of("users", "user_roles", "user_sessions", "refresh_tokens",
            "password_resets", "email_verifications", "user_profiles", "user_preferences", "audit_log",
            "login_attempts", "token_revocations", "organizations", "organization_members", "organization_invitations",
            "notifications");

    /**
     * The mail outbox and the work queue's turns: created by the migrations like {@link #TABLES}, but left out of
     * {@link #fingerprint()} because the outbox worker changes them in the background (a mail queued by an earlier
     * request leaves and its row is deleted at any time), and because a queued mail is what some unchanged-looking
     * requests must do (a second registration of a known email mails its owner).
     */
    public static final List<String> QUEUE_TABLES = List.of("mail_outbox", "work_owner_turns");

    private final AgroalDataSource dataSource;

    public Db(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A digest of every row of every table: equal before and after means nothing changed. */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            all.append(table).append('=')
                    .append(single("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM " + table + " t"))
                    .append(';');
        }
        return all.toString();
    }

    public long count(String sql, Object... params) {
        return Long.parseLong(single(sql, params));
    }

    /** Moves stored times, e.g. to let a token expire without waiting. */
    public int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public String single(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
