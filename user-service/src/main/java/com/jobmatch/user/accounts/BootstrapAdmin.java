package com.jobmatch.user.accounts;

import com.jobmatch.common.security.Roles;
import com.jobmatch.user.config.AccountsConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Makes sure the admin named by BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD exists, is enabled
 * and is an admin. Idempotent: an existing account keeps its password.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final AccountsConfig config;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;

    public BootstrapAdmin(AccountsConfig config, UserRepository users, PasswordHasher hasher, PasswordPolicy policy) {
        this.config = config;
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (config.bootstrapAdminEmail().isEmpty() || config.bootstrapAdminPassword().isEmpty()) {
            return;
        }
        String email = User.normalizeEmail(config.bootstrapAdminEmail().get());
        User admin = users.findByEmail(email).orElseGet(() -> {
            String password = config.bootstrapAdminPassword().get();
            policy.check("BOOTSTRAP_ADMIN_PASSWORD", password, email);
            User created = new User();
            created.email = email;
            created.displayName = "Administrator";
            created.passwordHash = hasher.hash(password);
            created.emailVerified = true;
            users.persist(created);
            LOG.infof("Created the bootstrap admin %s", email);
            return created;
        });
        admin.enabled = true;
        admin.roles.add(Roles.ADMIN);
    }
}
