package com.jobmatch.user.profiles;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<UserProfile, UUID> {

    public Optional<UserProfile> findByUser(UUID userId) {
        return find("userId", userId).firstResultOptional();
    }
}
