package com.jobmatch.user.verification;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.user.accounts.ClientInfo;
import com.jobmatch.user.accounts.PasswordHasher;
import com.jobmatch.user.accounts.PasswordPolicy;
import com.jobmatch.user.accounts.User;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.config.SessionConfig;
import com.jobmatch.user.mail.Mails;
import com.jobmatch.user.sessions.SessionService;
import com.jobmatch.user.tokens.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Forgotten passwords: a single-use mailed token; using it ends every session of the account. */
@ApplicationScoped
public class PasswordResetService {

    private final SessionConfig config;
    private final PasswordResetRepository resets;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SessionService sessions;
    private final Mails mails;
    private final AuditLog audit;

    public PasswordResetService(SessionConfig config, PasswordResetRepository resets, UserRepository users,
                                PasswordHasher hasher, PasswordPolicy policy, SessionService sessions, Mails mails,
                                AuditLog audit) {
        this.config = config;
        this.resets = resets;
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.mails = mails;
        this.audit = audit;
    }

    /** Mails a reset link if the account exists and is enabled; says nothing either way. */
    @Transactional
    public void request(String email, ClientInfo client) {
        users.findByEmail(email).filter(user -> user.enabled).ifPresent(user -> {
            Instant now = Instant.now();
            resets.spendOpenTokens(user.id, now);
            String token = SecretTokens.newToken();
            PasswordReset reset = new PasswordReset();
            reset.userId = user.id;
            reset.tokenHash = SecretTokens.hash(token);
            reset.requestedIp = client.ipAddress();
            reset.expiresAt = now.plus(config.passwordResetLifetime());
            resets.persist(reset);
            mails.sendPasswordReset(user.email, user.displayName, token, config.passwordResetLifetime());
            audit.record(AuditEvent.Type.PASSWORD_RESET_REQUESTED, user.id, client, null);
        });
    }

    @Transactional
    public void confirm(String token, String newPassword, ClientInfo client) {
        Instant now = Instant.now();
        PasswordReset reset = resets.findByHashForUpdate(SecretTokens.hash(token))
                .filter(r -> r.usableAt(now))
                .orElseThrow(() -> ProblemException.invalidField("token", "is invalid, used or expired"));
        User user = users.findById(reset.userId);
        policy.check("newPassword", newPassword, user.email);
        user.passwordHash = hasher.hash(newPassword);
        resets.spendOpenTokens(user.id, now);
        int ended = sessions.revokeAll(user.id, "password-reset");
        audit.record(AuditEvent.Type.PASSWORD_RESET, user.id, client, ended + " sessions revoked");
    }
}
