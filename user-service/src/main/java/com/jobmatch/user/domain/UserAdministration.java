package com.jobmatch.user.domain;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.user.store.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What admins do to accounts. Disabling refuses the account's tokens at every service within seconds (and refresh
 * fails); a role change reaches the tokens at their next refresh.
 */
@ApplicationScoped
public class UserAdministration {

    public static final Set<String> ASSIGNABLE_ROLES = Set.of(Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN);

    private final UserRepository users;
    private final AuditLog audit;
    private final Revocations revocations;

    public UserAdministration(UserRepository users, AuditLog audit, Revocations revocations) {
        this.users = users;
        this.audit = audit;
        this.revocations = revocations;
    }

    @Transactional
    public User setEnabled(UUID adminId, UUID userId, boolean enabled, ClientInfo client) {
        User user = users.findByIdOptional(userId).orElseThrow(() -> ProblemException.notFound("User"));
        if (!enabled && user.id.equals(adminId)) {
            throw ProblemException.conflict("Admins cannot disable their own account");
        }
        if (user.enabled != enabled) {
            user.enabled = enabled;
            if (!enabled) {
                revocations.accountDisabled(user.id, Instant.now());
            }
            audit.recordBy(enabled ? AuditEvent.Type.ACCOUNT_ENABLED : AuditEvent.Type.ACCOUNT_DISABLED,
                    user.id, adminId, client, null);
        }
        return user;
    }

    @Transactional
    public User setRoles(UUID adminId, UUID userId, Set<String> roles, ClientInfo client) {
        User user = users.findByIdOptional(userId).orElseThrow(() -> ProblemException.notFound("User"));
        if (user.id.equals(adminId) && !roles.contains(Roles.ADMIN)) {
            throw ProblemException.conflict("Admins cannot remove their own admin role");
        }
        Set<String> before = new TreeSet<>(user.roles);
        user.roles.clear();
        user.roles.addAll(roles);
        audit.recordBy(AuditEvent.Type.ROLES_CHANGED, user.id, adminId, client,
                before + " -> " + new TreeSet<>(roles));
        return user;
    }
}
