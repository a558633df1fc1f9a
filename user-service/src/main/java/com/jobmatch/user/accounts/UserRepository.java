package com.jobmatch.user.accounts;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    public Optional<User> findByEmail(String email) {
        return find("email", User.normalizeEmail(email)).firstResultOptional();
    }

    public boolean emailTaken(String email) {
        return count("email", User.normalizeEmail(email)) > 0;
    }

    public boolean usernameTaken(String username) {
        return count("lower(username) = lower(?1)", username) > 0;
    }

    /** Users whose email, username or name contains {@code search} (any case), newest first. */
    public PanacheQuery<User> search(String search) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        if (search == null || search.isBlank()) {
            return findAll(newestFirst);
        }
        String pattern = "%" + search.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return find("lower(email) like ?1 escape '\\' or lower(username) like ?1 escape '\\'"
                + " or lower(displayName) like ?1 escape '\\'", newestFirst, pattern);
    }
}
