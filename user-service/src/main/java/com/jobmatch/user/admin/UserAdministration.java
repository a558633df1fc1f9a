package com.jobmatch.user.admin;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.user.accounts.ClientInfo;
import com.jobmatch.user.accounts.User;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.accounts.UserView;
import com.jobmatch.user.audit.AuditEntryView;
import com.jobmatch.user.audit.AuditEvent;
import com.jobmatch.user.audit.AuditFilter;
import com.jobmatch.user.audit.AuditLog;
import com.jobmatch.user.audit.AuditRepository;
import com.jobmatch.user.tokens.Revocations;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * What admins do to accounts. Disabling refuses the account's tokens at every service within seconds (and refresh
 * fails); a role change reaches the tokens at their next refresh.
 */
@ApplicationScoped
public class UserAdministration {

    public static final Set<String> ASSIGNABLE_ROLES = Set.of(Roles.CANDIDATE, Roles.RECRUITER, Roles.ADMIN);

    private final UserRepository users;
    private final AuditRepository auditEvents;
    private final AuditLog audit;
    private final Revocations revocations;

    public UserAdministration(UserRepository users, AuditRepository auditEvents, AuditLog audit, Revocations revocations) {
        this.users = users;
        this.auditEvents = auditEvents;
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

    /** The account as the API shows it (404 "User" when unknown). */
    @Transactional
    public UserView account(UUID userId) {
        return users.findByIdOptional(userId).map(UserView::of).orElseThrow(() -> ProblemException.notFound("User"));
    }

    /** Enables or disables an account; the answer is read after the commit. */
    public UserView enable(UUID adminId, UUID userId, boolean enabled, ClientInfo client) {
        return UserView.of(setEnabled(adminId, userId, enabled, client));
    }

    /** Replaces an account's roles; the answer is read after the commit. */
    public UserView assignRoles(UUID adminId, UUID userId, Set<String> roles, ClientInfo client) {
        return UserView.of(setRoles(adminId, userId, roles, client));
    }

    /** Users whose email, username or name contains {@code search}, newest first. */
    @Transactional
    public Page<UserView> search(String search, int page, int size) {
        return page(users.search(search), page, size, UserView::of);
    }

    /** The audit log, newest first, narrowed by the filter. */
    @Transactional
    public Page<AuditEntryView> audit(AuditFilter filter, int page, int size) {
        return page(auditEvents.search(filter), page, size, AuditEntryView::of);
    }

    private static <E, V> Page<V> page(PanacheQuery<E> query, int page, int size, Function<E, V> view) {
        PanacheQuery<E> paged = query.page(io.quarkus.panache.common.Page.of(page, size));
        return new Page<>(paged.list().stream().map(view).toList(), page, size, paged.count());
    }
}
