package com.jobmatch.matching.userjobs;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.jobmatch.common.testing.RateLimits.assertTooManyRequests;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The jobs a person brings (each read, stored and enriched at once) are limited per person: two per hour in this
 * profile. The third is a 429 that stores no job, while another person still brings theirs.
 */
@QuarkusTest
@TestProfile(UserJobLimitTest.TwoPostings.class)
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class UserJobLimitTest {

    public static class TwoPostings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobmatch.rate-limits.user-jobs.per-user", "2");
        }
    }

    private static final int BUDGET = 2;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void postingsBeyondAPersonsBudgetAre429AndStoreNothingWhileAnotherPersonStillBringsTheirs() {
        UUID seeker = UUID.randomUUID();
        for (int i = 0; i < BUDGET; i++) {
            bring(seeker, "Warehouse Lead " + i).statusCode(201);
        }
        assertEquals(BUDGET, ownedJobs(seeker));

        assertTooManyRequests(bring(seeker, "Warehouse Lead refused"));
        assertEquals(BUDGET, ownedJobs(seeker), "the refused posting stored no job");
        // What was brought stays readable.
        given().header("Authorization", "Bearer " + TestTokens.candidate(seeker)).get("/api/jobs/mine").then()
                .statusCode(200).body("total", equalTo(BUDGET));

        UUID other = UUID.randomUUID();
        bring(other, "Warehouse Lead refused").statusCode(201);
        assertEquals(1, ownedJobs(other));
    }

    private static ValidatableResponse bring(UUID person, String title) {
        String posting = """
                %s
                Company: Umbrella Logistics %s
                You will run a cold-chain warehouse team of 12. Forklift licence required.""".formatted(title, person);
        return given().header("Authorization", "Bearer " + TestTokens.candidate(person)).contentType("application/json")
                .body(Map.of("text", posting)).post("/api/jobs/mine").then();
    }

    private long ownedJobs(UUID person) {
        return new Catalogue(dataSource).count("SELECT count(*) FROM jobs WHERE owner_user_id = '" + person + "'");
    }
}
