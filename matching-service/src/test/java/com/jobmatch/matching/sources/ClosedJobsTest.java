package com.jobmatch.matching.sources;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Profiles;
import com.jobmatch.matching.knowledge.KnowledgeStore;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A closed job (here: past its validThrough) is kept, shown as closed, and never matched again: not retrieved on a
 * new ranking, not in the stored match list, not in the catalogue's search unless asked for, not ranked for recruiters.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ClosedJobsTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource db;
    @Inject
    KnowledgeStore knowledge;
    @Inject
    SourceScheduler scheduler;

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    @Test
    void anExpiredJobIsClosedKeptAndNeverMatchedAgain() {
        Catalogue catalogue = new Catalogue(db);
        catalogue.clear();
        catalogue.skill("java", "Java");
        catalogue.skill("postgresql", "PostgreSQL");
        knowledge.reload();
        UUID expiring = catalogue.job("Backend Engineer", "Initech", "Berlin", "HYBRID", vector(0, 1, 0.3),
                new String[] {"java", "postgresql"}, new String[0]);
        UUID lasting = catalogue.job("Java Developer", "Globex", "Berlin", "HYBRID", vector(0, 1, 0.2),
                new String[] {"java"}, new String[0]);
        Catalogue.stubProfile(RESUME, Profiles.candidate(OWNER, RESUME, Profiles.javaPostgresDocker()));
        Catalogue.stubPreferences(OWNER, new CandidatePreferences(OWNER, List.of(), List.of(), List.of(), Set.of(), Set.of(),
                null, false, false, List.of(), List.of(), List.of(), 60, null));
        Catalogue.stubEmbedding(vector(0, 1, 0.25));
        String seeker = "Bearer " + TestTokens.candidate(OWNER);
        given().header("Authorization", seeker).get("/api/matches?resumeId=" + RESUME).then().statusCode(200)
                .body("items.jobId", hasItem(expiring.toString())).body("total", equalTo(2));

        catalogue.execute("UPDATE jobs SET valid_through = now() - interval '1 hour' WHERE id = '" + expiring + "'");
        assertEquals(1, scheduler.closeExpired());

        // the stored ranking no longer lists it, and a new ranking does not retrieve it
        given().header("Authorization", seeker).get("/api/matches?resumeId=" + RESUME).then().statusCode(200)
                .body("items.jobId", not(hasItem(expiring.toString()))).body("total", equalTo(1));
        given().header("Authorization", seeker).get("/api/matches?resumeId=" + RESUME + "&refresh=true").then().statusCode(200)
                .body("items.jobId", not(hasItem(expiring.toString()))).body("items.jobId", hasItem(lasting.toString()));
        assertEquals(1, catalogue.count("SELECT count(*) FROM jobs WHERE id = '" + expiring + "'"), "kept for history");

        // the catalogue shows it as closed, lists it only on request
        given().header("Authorization", seeker).get("/api/jobs/" + expiring).then().statusCode(200)
                .body("closedReason", equalTo("EXPIRED"));
        given().header("Authorization", seeker).get("/api/jobs?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(expiring.toString())));
        given().header("Authorization", seeker).get("/api/jobs?size=100&includeClosed=true").then().statusCode(200)
                .body("items.id", hasItem(expiring.toString()));
        given().header("Authorization", seeker).get("/api/jobs/statistics").then().statusCode(200)
                .body("closedJobs", greaterThanOrEqualTo(1)).body("totalJobs", equalTo(1));

        // recruiters are not offered candidates for it
        given().header("Authorization", "Bearer " + TestTokens.recruiter(UUID.randomUUID()))
                .get("/api/matches/jobs/" + expiring + "/candidates").then().statusCode(409)
                .contentType("application/problem+json");
    }
}
