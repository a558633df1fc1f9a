package com.jobmatch.user.verification;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.user.accounts.ClientInfo;
import com.jobmatch.user.accounts.User;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.config.SessionConfig;
import com.jobmatch.user.mail.Mails;
import com.jobmatch.user.tokens.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Proves that a user receives mail at their address: a single-use token sent there. */
@ApplicationScoped
public class EmailVerificationService {

    private final SessionConfig config;
    private final EmailVerificationRepository verifications;
    private final UserRepository users;
    private final Mails mails;
    private final AuditLog audit;

    public EmailVerificationService(SessionConfig config, EmailVerificationRepository verifications,
                                    UserRepository users, Mails mails, AuditLog audit) {
        this.config = config;
        this.verifications = verifications;
        this.users = users;
        this.mails = mails;
        this.audit = audit;
    }

    /** Sends a new link; earlier unused ones stop working. */
    @Transactional
    public void send(User user, ClientInfo client) {
        Instant now = Instant.now();
        verifications.spendOpenTokens(user.id, now);
        String token = SecretTokens.newToken();
        EmailVerification verification = new EmailVerification();
        verification.userId = user.id;
        verification.email = user.email;
        verification.tokenHash = SecretTokens.hash(token);
        verification.requestedIp = client.ipAddress();
        verification.expiresAt = now.plus(config.emailVerificationLifetime());
        verifications.persist(verification);
        mails.sendEmailVerification(user.email, user.displayName, token, config.emailVerificationLifetime());
    }

    /** Sends a new link unless the address is already verified. */
    @Transactional
    public void resend(UUID userId, ClientInfo client) {
        User user = users.findByIdOptional(userId).orElseThrow(() -> ProblemException.notFound("User"));
        if (!user.emailVerified) {
            send(user, client);
        }
    }

    @Transactional
    public void verify(String token, ClientInfo client) {
        Instant now = Instant.now();
        EmailVerification verification = verifications.findByHashForUpdate(SecretTokens.hash(token))
                .filter(v -> v.usableAt(now))
                .orElseThrow(() -> ProblemException.invalidField("token", "is invalid, used or expired"));
        verification.usedAt = now;
        User user = users.findById(verification.userId);
        if (!user.email.equals(verification.email)) {
            throw ProblemException.invalidField("token", "was sent to an address this account no longer uses");
        }
        user.emailVerified = true;
        audit.record(AuditEvent.Type.EMAIL_VERIFIED, user.id, client, null);
    }
}
