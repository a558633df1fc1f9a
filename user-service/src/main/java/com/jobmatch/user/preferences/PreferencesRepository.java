package com.jobmatch.user.preferences;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PreferencesRepository implements PanacheRepositoryBase<UserPreferences, UUID> {

    public Optional<UserPreferences> findByUser(UUID userId) {
        return find("userId", userId).firstResultOptional();
    }
}
