package com.jobmatch.user.audit;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.UserServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Recruiter actions reported by matching-service land in the audit log, where admins filter them. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class InternalAuditTest {

    @Inject
    Db db;

    @Test
    void aServiceRecordsRecruiterActionsAndAnAdminReadsThemByOrganizationActorAndAction() {
        UUID organization = UUID.randomUUID();
        UUID recruiter = UUID.randomUUID();
        UUID candidate = UUID.randomUUID();
        String service = TestTokens.service("matching-service");
        String id = given().auth().oauth2(service).contentType(ContentType.JSON)
                .body(Map.of("actorId", recruiter.toString(), "organizationId", organization.toString(),
                        "userId", candidate.toString(), "action", "STAGE_CHANGED", "target", "application:42",
                        "detail", "screening -> interviewing"))
                .post("/internal/audit").then().statusCode(201).body("id", notNullValue()).extract().path("id");
        // matching-service's shape: the target as type and id, the detail as a JSON object
        UUID job = UUID.randomUUID();
        given().auth().oauth2(service).contentType(ContentType.JSON)
                .body(Map.of("actorId", recruiter.toString(), "organizationId", organization.toString(),
                        "action", "WEIGHTS_CHANGED", "targetType", "posted_job", "targetId", job.toString(),
                        "detail", Map.of("skills", 0.5)))
                .post("/internal/audit").then().statusCode(201);

        String admin = new Accounts().accessToken(UserServiceTestResources.ADMIN_EMAIL, UserServiceTestResources.ADMIN_PASSWORD);
        given().auth().oauth2(admin).get("/api/users/audit?organizationId=" + organization).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", equalTo(List.of("WEIGHTS_CHANGED", "STAGE_CHANGED")))
                .body("items[0].target", equalTo("posted_job:" + job))
                .body("items[0].detail", equalTo("{\"skills\":0.5}"));
        given().auth().oauth2(admin).get("/api/users/audit?actorId=" + recruiter + "&action=STAGE_CHANGED").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].event", equalTo("RECRUITER_ACTION"))
                .body("items[0].source", equalTo("matching-service"))
                .body("items[0].organizationId", equalTo(organization.toString()))
                .body("items[0].userId", equalTo(candidate.toString()))
                .body("items[0].target", equalTo("application:42"))
                .body("items[0].detail", equalTo("screening -> interviewing"));
        given().auth().oauth2(admin).get("/api/users/audit?event=RECRUITER_ACTION&userId=" + candidate).then()
                .body("items", hasSize(1));
    }

    @Test
    void onlyServicesRecord() {
        Map<String, String> body = Map.of("actorId", UUID.randomUUID().toString(), "action", "JOB_UPDATED");
        String before = db.fingerprint();
        given().auth().oauth2(TestTokens.recruiter(UUID.randomUUID())).contentType(ContentType.JSON).body(body).post("/internal/audit").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/internal/audit").then().statusCode(401);
        assertEquals(before, db.fingerprint());
    }
}
