package com.jobmatch.matching.operations;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reviving dead queue items: admins only, problem+json for an unknown queue, the item is due again. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class QueueAdminResourceTest {

    @Inject
    AgroalDataSource db;

    private String admin() {
        return "Bearer " + TestTokens.admin(UUID.randomUUID());
    }

    @Test
    void aDeadItemIsPendingAgainWithItsAttemptsFromZero() {
        UUID user = UUID.randomUUID();
        new Catalogue(db).execute(("INSERT INTO match_recompute_queue (reason, user_id, status, attempts, last_error, owner_key) "
                + "VALUES ('PREFERENCES', '%s', 'dead', 8, 'user-service down', '%s')").formatted(user, user));

        given().header("Authorization", admin()).post("/api/matches/admin/queues/match_recompute_queue/revive")
                .then().statusCode(200).body("queue", equalTo("match_recompute_queue"))
                .body("revived", greaterThanOrEqualTo(1));

        assertEquals("pending:0", TestJobs.text(db,
                "SELECT status || ':' || attempts FROM match_recompute_queue WHERE user_id = CAST(? AS uuid)", user.toString()));
        given().header("Authorization", admin()).post("/api/matches/admin/queues/match_recompute_queue/revive")
                .then().statusCode(200).body("revived", equalTo(0));
    }

    @Test
    void onlyAdminsReviveAndAnUnknownQueueIsAProblem() {
        given().post("/api/matches/admin/queues/analysis_queue/revive").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID()))
                .post("/api/matches/admin/queues/analysis_queue/revive").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", admin()).post("/api/matches/admin/queues/analysis_queue/revive")
                .then().statusCode(200).body("queue", equalTo("analysis_queue"));
        given().header("Authorization", admin()).post("/api/matches/admin/queues/jobs/revive")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }
}
