package com.jobmatch.user.preferences;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.UserPreferencesApi;
import com.jobmatch.contract.model.CandidatePreferences;
import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

/** matching-service reads a user's preferences with its service token. */
public class InternalPreferencesResource implements UserPreferencesApi {

    private final PreferencesService preferences;

    public InternalPreferencesResource(PreferencesService preferences) {
        this.preferences = preferences;
    }

    @Override
    @RolesAllowed(Roles.SERVICE)
    public CandidatePreferences preferences(UUID userId) {
        return preferences.contractOf(userId);
    }
}
