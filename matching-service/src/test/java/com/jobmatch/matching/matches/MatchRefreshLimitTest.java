package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.knowledge.KnowledgeStore;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.testing.Profiles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.jobmatch.common.testing.RateLimits.assertTooManyRequests;
import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A forced recompute of a person's matches ({@code refresh=true}) is limited per person: two per minute in this
 * profile. The third is a 429 that ranks nothing (a job added since is not stored for them), reading the kept list is
 * not limited, and another person still refreshes theirs.
 */
@QuarkusTest
@TestProfile(MatchRefreshLimitTest.TwoRefreshes.class)
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class MatchRefreshLimitTest {

    public static class TwoRefreshes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobmatch.rate-limits.match-refreshes.per-user", "2");
        }
    }

    private static final int BUDGET = 2;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KnowledgeStore knowledge;

    Catalogue catalogue;

    @BeforeEach
    void catalogue() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        catalogue.skill("java", "Java");
        catalogue.skill("postgresql", "PostgreSQL");
        knowledge.reload();
        catalogue.job("Backend Engineer", "Initech", "Berlin", "HYBRID", vector(0, 1, 0.3),
                new String[] {"java", "postgresql"}, new String[0]);
        Catalogue.stubEmbedding(vector(0, 1, 0.25));
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    @Test
    void refreshesBeyondAPersonsBudgetAre429AndRankNothingWhileAnotherPersonStillRefreshes() {
        UUID owner = UUID.randomUUID();
        UUID resume = person(owner);
        for (int i = 0; i < BUDGET; i++) {
            matches(owner, resume, true).statusCode(200);
        }
        UUID added = catalogue.job("Java Developer", "Globex", "Berlin", "HYBRID", vector(0, 1, 0.2),
                new String[] {"java"}, new String[0]);

        assertTooManyRequests(matches(owner, resume, true));
        assertEquals(0, stored(resume, added), "the refused refresh ranked nothing: the job added since is not in the list");
        matches(owner, resume, false).statusCode(200).body("items.jobId", not(hasItem(added.toString())));

        UUID other = UUID.randomUUID();
        UUID otherResume = person(other);
        matches(other, otherResume, true).statusCode(200).body("items.jobId", hasItem(added.toString()));
        assertEquals(1, stored(otherResume, added));
    }

    /** A person with a parsed resume (resume-service and user-service faked); returns the resume's id. */
    private static UUID person(UUID user) {
        UUID resume = UUID.randomUUID();
        Catalogue.stubProfile(resume, Profiles.candidate(user, resume, Profiles.javaPostgresDocker()));
        Catalogue.stubPreferences(user, new CandidatePreferences(user, List.of(), List.of(), List.of(), Set.of(),
                Set.of(), null, false, false, List.of(), List.of(), List.of(), 60, null));
        return resume;
    }

    private static ValidatableResponse matches(UUID user, UUID resume, boolean refresh) {
        return given().header("Authorization", "Bearer " + TestTokens.candidate(user))
                .get("/api/matches?resumeId=" + resume + (refresh ? "&refresh=true" : "")).then();
    }

    private long stored(UUID resume, UUID job) {
        return catalogue.count("SELECT count(*) FROM user_job_matches WHERE resume_id = '" + resume + "' AND job_id = '" + job + "'");
    }
}
