package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.testing.Profiles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: a pair's semantic sub-score is measured from a fixed reference centre, so jobs that have nothing to do
 * with the pair (the demo's generated sample jobs beside the fit-pairs postings) do not move it. Measured from the
 * catalogue's mean, as before, the 30 unrelated jobs below pulled the centre toward them and changed the score.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class FixedCentreTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;

    Catalogue catalogue;

    @BeforeEach
    void candidate() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        Catalogue.stubProfile(RESUME, Profiles.candidate(OWNER, RESUME, Profiles.javaPostgresDocker()));
        Catalogue.stubEmbedding(vector(0, 1, 0.25));
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    @Test
    void theSemanticScoreOfAPairDoesNotChangeWhenUnrelatedJobsAreAddedToTheCatalogue() {
        UUID backend = catalogue.job("Backend Engineer", "Initech", "Berlin", "HYBRID", vector(0, 1, 0.3),
                new String[0], new String[0]);
        UUID other = catalogue.job("Data Engineer", "Initrode", "Berlin", "HYBRID", vector(0, 2, 0.3),
                new String[0], new String[0]);
        double before = semantic(backend);
        double otherBefore = semantic(other);

        // Thirty generated jobs of other kinds of work, all leaning one way: the catalogue's mean moves far.
        for (int i = 0; i < 30; i++) {
            catalogue.job("Sample Job " + i, "Samples", "Berlin", "ONSITE", vector(0, 3 + i % 3, 0.6),
                    new String[0], new String[0]);
        }
        double after = semantic(backend);

        assertEquals(before, after, 1e-9, "the unrelated jobs moved the pair's semantic score");
        assertEquals(otherBefore, semantic(other), 1e-9);
        assertTrue(before > otherBefore, "the centre still tells the closer job apart: " + before + " vs " + otherBefore);
    }

    private static double semantic(UUID job) {
        return given().header("Authorization", "Bearer " + TestTokens.candidate(OWNER))
                .when().get("/api/matches/" + RESUME + "/jobs/" + job)
                .then().statusCode(200).extract().jsonPath().getDouble("match.subScores.semantic");
    }
}
