package com.jobmatch.matching.applications;

import com.jobmatch.common.testing.RowLock;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Profiles;
import com.jobmatch.matching.notifications.ReminderWorker;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ApplicationResourceTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReminderWorker reminders;

    Catalogue catalogue;
    UUID job;

    @BeforeEach
    void catalogue() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        job = catalogue.job("Backend Engineer", "Initech", "Berlin", "HYBRID", vector(0, 1, 0.3), new String[0], new String[0]);
        Catalogue.stubProfile(RESUME, Profiles.candidate(OWNER, RESUME, Profiles.javaPostgresDocker()));
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    private ValidatableResponse start(String token, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .when().post("/api/applications").then();
    }

    private ValidatableResponse move(String token, String id, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .when().post("/api/applications/" + id + "/transitions").then();
    }

    private String started() {
        return start(TestTokens.candidate(OWNER), Map.of("jobId", job.toString(), "resumeId", RESUME.toString(),
                "resumeVersion", 2, "notes", "referral from Ana")).statusCode(201).extract().path("id");
    }

    @Test
    void walksThePipelineKeepingHistoryDatesAndInterviewTimes() {
        String id = started();
        String owner = TestTokens.candidate(OWNER);
        move(owner, id, Map.of("status", "APPLIED")).statusCode(200).body("appliedAt", notNullValue());
        String interview = "2030-05-01T10:00:00Z";
        move(owner, id, Map.of("status", "INTERVIEWING", "interviewAt", interview, "note", "phone screen"))
                .statusCode(200).body("nextInterviewAt", notNullValue());
        move(owner, id, Map.of("status", "OFFER")).statusCode(200);
        move(owner, id, Map.of("status", "HIRED")).statusCode(200)
                .body("allowedNext.size()", equalTo(0))
                .body("resumeVersion", equalTo(2))
                .body("history.to", contains("SAVED", "APPLIED", "INTERVIEWING", "OFFER", "HIRED"))
                .body("notes", equalTo("referral from Ana\nphone screen"));
        given().header("Authorization", "Bearer " + owner).when().get("/api/applications?status=HIRED")
                .then().statusCode(200).body("items.id", contains(id)).body("total", equalTo(1));
    }

    @Test
    void savingThenApplyingFromTheMatchListTracksTheApplication() {
        String owner = TestTokens.candidate(OWNER);
        interact(owner, "SAVED");
        given().header("Authorization", "Bearer " + owner).when().get("/api/applications").then().statusCode(200)
                .body("items.jobId", contains(job.toString())).body("items.status", contains("SAVED"))
                .body("items[0].resumeId", equalTo(RESUME.toString()));
        interact(owner, "APPLIED");
        interact(owner, "APPLIED");
        interact(owner, "SAVED");
        given().header("Authorization", "Bearer " + owner).when().get("/api/applications").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(1)).body("items[0].status", equalTo("APPLIED"))
                .body("items[0].history.to", contains("SAVED", "APPLIED"));
    }

    private void interact(String token, String type) {
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(Map.of("type", type))
                .when().post("/api/matches/" + RESUME + "/jobs/" + job + "/interactions").then().statusCode(201);
    }

    @Test
    void invalidTransitionsAreRefusedAndChangeNothing() {
        String id = started();
        String owner = TestTokens.candidate(OWNER);
        move(owner, id, Map.of("status", "OFFER")).statusCode(409).contentType("application/problem+json");
        move(owner, id, Map.of("status", "WITHDRAWN")).statusCode(200);
        move(owner, id, Map.of("status", "APPLIED")).statusCode(409);
        move(owner, id, Map.of("status", "NOPE")).statusCode(400).body("errors[0].field", equalTo("status"));
        move(owner, id, Map.of("note", "no status")).statusCode(400).body("errors[0].field", equalTo("status"));
        assertEquals(2, catalogue.count("SELECT count(*) FROM application_events"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM applications WHERE status = 'WITHDRAWN'"));
    }

    @Test
    void onlyTheOwnerSeesOrMovesAnApplication() {
        String id = started();
        String stranger = TestTokens.candidate(UUID.randomUUID());
        given().header("Authorization", "Bearer " + stranger).when().get("/api/applications/" + id).then().statusCode(404);
        move(stranger, id, Map.of("status", "APPLIED")).statusCode(404);
        given().header("Authorization", "Bearer " + stranger).when().get("/api/applications").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
        given().header("Authorization", "Bearer " + TestTokens.recruiter(OWNER)).when().get("/api/applications")
                .then().statusCode(403);
        given().when().get("/api/applications").then().statusCode(401);
        start(stranger, Map.of("jobId", job.toString(), "resumeId", RESUME.toString())).statusCode(404);
        assertEquals(1, catalogue.count("SELECT count(*) FROM applications"));
    }

    @Test
    void badInputIsProblemJsonAndStoresNothing() {
        String owner = TestTokens.candidate(OWNER);
        start(owner, Map.of()).statusCode(400).body("errors[0].field", equalTo("jobId"));
        start(owner, Map.of("jobId", job.toString(), "resumeVersion", 0)).statusCode(400)
                .body("errors[0].field", equalTo("resumeVersion"));
        start(owner, Map.of("jobId", job.toString(), "status", "OFFER")).statusCode(400)
                .body("errors[0].field", equalTo("status"));
        start(owner, Map.of("jobId", UUID.randomUUID().toString())).statusCode(404);
        Map<String, Object> tooLong = new HashMap<>(Map.of("jobId", job.toString()));
        tooLong.put("notes", "x".repeat(5001));
        start(owner, tooLong).statusCode(400).body("errors[0].field", equalTo("notes"));
        assertEquals(0, catalogue.count("SELECT count(*) FROM applications"));
        started();
        start(owner, Map.of("jobId", job.toString())).statusCode(409);
        assertEquals(1, catalogue.count("SELECT count(*) FROM applications"));
    }

    @Test
    void remindersAreCreatedOnceAndListedPerUser() {
        String id = started();
        String owner = TestTokens.candidate(OWNER);
        move(owner, id, Map.of("status", "APPLIED")).statusCode(200);
        OffsetDateTime later = OffsetDateTime.now().plusDays(8);
        assertEquals(1, reminders.remind(later));
        assertEquals(0, reminders.remind(later), "each reminder is created once");
        given().header("Authorization", "Bearer " + owner).when().get("/api/matches/notifications?unreadOnly=true")
                .then().statusCode(200).body("items.kind", hasItem("APPLICATION_REMINDER"));
        List<String> ids = given().header("Authorization", "Bearer " + owner).when().get("/api/matches/notifications")
                .then().extract().path("items.id");
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID()))
                .when().post("/api/matches/notifications/" + ids.getFirst() + "/read").then().statusCode(404);
        given().header("Authorization", "Bearer " + owner)
                .when().post("/api/matches/notifications/" + ids.getFirst() + "/read").then().statusCode(200)
                .body("read", equalTo(true));
    }

    @Test
    void anApplicationStartedTwiceAtOnceIsStoredOnceAndTheSecondIsAConflict() throws Exception {
        // The first start has inserted its row and not yet committed; the second waits for it on the unique key and
        // is answered as a second start always is.
        try (RowLock first = RowLock.update(dataSource, "INSERT INTO applications (user_id, job_id, status) VALUES ('"
                + OWNER + "', '" + job + "', 'SAVED')")) {
            CompletableFuture<ValidatableResponse> second = CompletableFuture.supplyAsync(
                    () -> start(TestTokens.candidate(OWNER), Map.of("jobId", job.toString())));
            first.awaitWaitingWriter();
            first.commit();
            second.get(60, TimeUnit.SECONDS).statusCode(409).contentType("application/problem+json");
        }
        assertEquals(1, catalogue.count("SELECT count(*) FROM applications WHERE user_id = '" + OWNER + "' AND job_id = '"
                + job + "'"));
    }
}
