package com.jobmatch.user.preferences;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.user.accounts.UserRepository;
import com.jobmatch.user.client.MatchingEventsClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Consumer;

/** Job-search preferences; saving them tells matching-service that the user's matches are stale. */
@ApplicationScoped
public class PreferencesService {

    private final PreferencesRepository preferences;
    private final UserRepository users;
    private final MatchingEventsClient matching;

    public PreferencesService(PreferencesRepository preferences, UserRepository users, MatchingEventsClient matching) {
        this.preferences = preferences;
        this.users = users;
        this.matching = matching;
    }

    /** For matching-service: 404 when there is no such user, defaults when they saved nothing yet. */
    public UserPreferences ofExistingUser(UUID userId) {
        if (users.findByIdOptional(userId).isEmpty()) {
            throw ProblemException.notFound("User");
        }
        return get(userId);
    }

    public UserPreferences get(UUID userId) {
        return preferences.findByUser(userId).orElseGet(() -> UserPreferences.defaultsFor(userId));
    }

    /** Commits first, then notifies: matching-service re-reads what is stored. */
    public UserPreferences save(UUID userId, Consumer<UserPreferences> changes) {
        UserPreferences saved = QuarkusTransaction.requiringNew().call(() -> {
            UserPreferences current = preferences.findByUser(userId).orElseGet(() -> UserPreferences.defaultsFor(userId));
            changes.accept(current);
            preferences.persistAndFlush(current);
            return current;
        });
        matching.preferencesChanged(userId);
        return saved;
    }

    /** For matching-service, in the contract's shape: 404 when there is no such user. */
    public CandidatePreferences contractOf(UUID userId) {
        return ofExistingUser(userId).toContract();
    }

    /** The person's preferences as the API shows them (the defaults when they saved none). */
    public PreferencesDocument document(UUID userId) {
        return PreferencesDocument.of(get(userId));
    }

    /** Checks and saves the person's preferences, then tells matching-service. */
    public PreferencesDocument save(UUID userId, PreferencesDocument document) {
        document.check();
        return PreferencesDocument.of(save(userId, document::applyTo));
    }
}
