package com.jobmatch.user.profiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.function.Consumer;

/** A user's profile; reading one that was never saved gives an empty profile. */
@ApplicationScoped
public class ProfileService {

    private final ProfileRepository profiles;

    public ProfileService(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    public UserProfile get(UUID userId) {
        return profiles.findByUser(userId).orElseGet(() -> {
            UserProfile empty = new UserProfile();
            empty.userId = userId;
            return empty;
        });
    }

    @Transactional
    public UserProfile save(UUID userId, Consumer<UserProfile> changes) {
        UserProfile profile = profiles.findByUser(userId).orElseGet(() -> {
            UserProfile created = new UserProfile();
            created.userId = userId;
            return created;
        });
        changes.accept(profile);
        profiles.persistAndFlush(profile);
        return profile;
    }

    /** The person's profile as the API shows it (empty when they saved none). */
    public ProfileDocument document(UUID userId) {
        return ProfileDocument.of(get(userId));
    }

    /** Checks and saves the person's profile; the answer is read after the commit. */
    public ProfileDocument save(UUID userId, ProfileDocument document) {
        document.check();
        return ProfileDocument.of(save(userId, document::applyTo));
    }
}
