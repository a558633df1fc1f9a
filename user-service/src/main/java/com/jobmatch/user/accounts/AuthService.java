package com.jobmatch.user.accounts;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.mail.Mails;
import com.jobmatch.user.sessions.IssuedTokens;
import com.jobmatch.user.sessions.SessionService;
import com.jobmatch.user.verification.EmailVerificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Registration and login. */
@ApplicationScoped
public class AuthService {

    /**
     * Roles people may choose for themselves. Recruiters join an organization by invitation or an admin's grant
     * (issue 20): a self-made recruiter could read the names in every searchable resume.
     */
    public static final Set<String> SELF_SERVICE_ROLES = Set.of(Roles.CANDIDATE);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final SessionService sessions;
    private final EmailVerificationService verifications;
    private final AuditLog audit;
    private final Mails mails;

    public AuthService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, LoginThrottle throttle,
                       SessionService sessions, EmailVerificationService verifications, AuditLog audit, Mails mails) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.sessions = sessions;
        this.verifications = verifications;
        this.audit = audit;
        this.mails = mails;
    }

    public record Registration(String email, String password, String name, String username, String role) {
    }

    /**
     * Registers a new account, or, when the email already has one, mails its owner instead: the caller gets the
     * same answer either way and the time is spent on a password hash in both, so registration does not tell
     * who has an account (issue 21). Returns the new user, or empty when the email was taken.
     */
    @Transactional
    public Optional<User> register(Registration registration, ClientInfo client) {
        String email = User.normalizeEmail(registration.email());
        policy.check("password", registration.password(), email);
        String role = registration.role() == null ? Roles.CANDIDATE : registration.role();
        if (!SELF_SERVICE_ROLES.contains(role)) {
            throw ProblemException.invalidField("role", "must be candidate: recruiters join an organization by invitation");
        }
        Optional<User> owner = users.findByEmail(email);
        if (owner.isPresent()) {
            hasher.hash(registration.password());
            mails.sendAccountExists(owner.get().email, owner.get().displayName);
            return Optional.empty();
        }
        if (registration.username() != null && users.usernameTaken(registration.username())) {
            throw ProblemException.conflict("This username is taken");
        }
        User user = new User();
        user.email = email;
        user.username = registration.username();
        user.displayName = registration.name().strip();
        user.passwordHash = hasher.hash(registration.password());
        user.roles.add(role);
        try {
            users.persistAndFlush(user);
        } catch (ConstraintViolationException raced) {
            // a concurrent registration took the email or username between the check and the insert
            throw ProblemException.conflict("An account with this email or username already exists");
        }
        verifications.send(user, client);
        audit.record(AuditEvent.Type.REGISTERED, user.id, client, "role " + role);
        return Optional.of(user);
    }

    /**
     * Checks the password (or spends the same time on a dummy hash when there is no such account),
     * then opens a session. Unknown email and wrong password get the same answer.
     */
    public IssuedTokens login(String rawEmail, String password, ClientInfo client) {
        String email = User.normalizeEmail(rawEmail);
        try {
            throttle.checkAllowed(email, client.ipAddress());
        } catch (LoginThrottled throttled) {
            audit.record(AuditEvent.Type.LOGIN_THROTTLED, users.findByEmail(email).map(u -> u.id).orElse(null),
                    client, "email " + email);
            throw throttled;
        }
        Optional<User> found = users.findByEmail(email);
        boolean valid = found.isPresent()
                ? hasher.verify(password, found.get().passwordHash)
                : hasher.verifyAgainstDummy(password);
        throttle.record(email, client.ipAddress(), valid);
        if (!valid) {
            audit.record(AuditEvent.Type.LOGIN_FAILED, found.map(u -> u.id).orElse(null), client,
                    found.isPresent() ? "wrong password" : "unknown email " + email);
            throw new ProblemException(401, "Unauthorized", "Invalid email or password", List.of());
        }
        User user = found.get();
        if (!user.enabled) {
            audit.record(AuditEvent.Type.LOGIN_FAILED, user.id, client, "account disabled");
            throw SessionService.accountDisabled();
        }
        IssuedTokens tokens = sessions.open(user.id, client);
        audit.record(AuditEvent.Type.LOGIN_SUCCEEDED, user.id, client, "session " + tokens.sessionId());
        return tokens;
    }
}
