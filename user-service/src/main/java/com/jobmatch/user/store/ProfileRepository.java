package com.jobmatch.user.store;

import com.jobmatch.user.domain.UserProfile;
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
