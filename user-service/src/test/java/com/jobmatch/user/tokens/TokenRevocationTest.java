package com.jobmatch.user.tokens;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.UserServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 21: an access token dies with its session and its account. Logout, logout-all, a password reset and an
 * admin disabling the account refuse the tokens issued before at once here, and the other services read the same
 * revocations from {@code /internal/token-revocations} (e2e's TokenRevocationTest proves it across processes).
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class TokenRevocationTest {

    private static final String FEED = "/internal/token-revocations";

    @Inject
    Db db;

    @Inject
    Revocations revocations;

    @Test
    void aLoggedOutSessionsTokenIsRefusedWhileTheOtherSessionKeepsWorking() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        String laptop = me.accessToken(email);
        String phone = me.accessToken(email);
        given().auth().oauth2(laptop).get("/api/users/me").then().statusCode(200);

        given().auth().oauth2(laptop).post("/api/auth/logout").then().statusCode(204);

        given().auth().oauth2(laptop).get("/api/users/me").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(laptop).get("/api/users/me/preferences").then().statusCode(401);
        given().auth().oauth2(phone).get("/api/users/me").then().statusCode(200);
    }

    @Test
    void logoutAllAndAPasswordResetRefuseEveryTokenOfTheAccount() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        String first = me.accessToken(email);
        String second = me.accessToken(email);

        given().auth().oauth2(first).post("/api/auth/logout-all").then().statusCode(204);
        given().auth().oauth2(first).get("/api/users/me").then().statusCode(401);
        given().auth().oauth2(second).get("/api/users/me").then().statusCode(401);

        String third = me.accessToken(email);
        given().auth().oauth2(third).get("/api/users/me").then().statusCode(200);
        me.client().body(Map.of("email", email)).post("/api/auth/password-reset/request").then().statusCode(202);
        String reset = Accounts.resetToken(email, 1);
        me.client().body(Map.of("token", reset, "newPassword", "Another-Good-Secret-99"))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);
        given().auth().oauth2(third).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void disablingAnAccountRefusesItsTokensAndTheFeedNamesTheUser() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        String token = me.accessToken(email);
        String admin = new Accounts().accessToken(UserServiceTestResources.ADMIN_EMAIL, UserServiceTestResources.ADMIN_PASSWORD);
        given().auth().oauth2(token).get("/api/users/me").then().statusCode(200);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put("/api/users/" + id + "/status").then().statusCode(200);

        given().auth().oauth2(token).get("/api/users/me").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        feed(null).body("users.id", hasItem(id.toString()));
        given().auth().oauth2(admin).get("/api/users/me").then().statusCode(200);
    }

    @Test
    void theFeedIsForServicesOnlyAndCarriesACursor() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        String token = me.accessToken(email);
        String sessionId = given().auth().oauth2(token).get("/api/users/me/sessions").then().statusCode(200)
                .extract().path("items.find { it.current }.id");
        given().auth().oauth2(token).post("/api/auth/logout").then().statusCode(204);

        String asOf = feed(null).body("asOf", notNullValue()).body("retainSeconds", equalTo(960))
                .body("sessions.id", hasItem(sessionId)).extract().path("asOf");
        // Reads repeat the last 30 s (a later-committed revocation is never skipped); older entries are not sent again.
        feed(asOf).body("sessions.id", hasItem(sessionId));
        feed(Instant.parse(asOf).plus(Duration.ofMinutes(5)).toString()).body("sessions.id", not(hasItem(sessionId)));

        given().get(FEED).then().statusCode(401);
        given().auth().oauth2(TestTokens.candidate(UUID.randomUUID())).get(FEED).then().statusCode(403);
        given().auth().oauth2(TestTokens.service("matching-service")).queryParam("since", "yesterday").get(FEED)
                .then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)));
    }

    @Test
    void entriesOlderThanOneAccessTokenLifetimeAreNoLongerServedAndArePurged() {
        UUID oldSession = UUID.randomUUID();
        UUID freshSession = UUID.randomUUID();
        db.update("INSERT INTO token_revocations (kind, subject_id, revoked_at) VALUES ('session', ?, now() - interval '20 minutes')", oldSession);
        db.update("INSERT INTO token_revocations (kind, subject_id, revoked_at) VALUES ('session', ?, now())", freshSession);

        feed(null).body("sessions.id", hasItem(freshSession.toString())).body("sessions.id", not(hasItem(oldSession.toString())));
        revocations.purge(Instant.now());
        assertEquals(0, db.count("SELECT count(*) FROM token_revocations WHERE subject_id = ?", oldSession));
        assertEquals(1, db.count("SELECT count(*) FROM token_revocations WHERE subject_id = ?", freshSession));
    }

    /** Another instance of user-service revoked the session: this one refuses the token after its next read of the table. */
    @Test
    void aRevocationRecordedElsewhereIsRefusedWithinSeconds() throws InterruptedException {
        UUID user = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String token = TestTokens.candidateInSession(user, session);
        String other = TestTokens.candidateInSession(user, UUID.randomUUID());
        // An endpoint that needs only a valid token: the user does not exist here, so logout answers 204.
        given().auth().oauth2(token).post("/api/auth/logout").then().statusCode(204);

        db.update("INSERT INTO token_revocations (kind, subject_id, revoked_at) VALUES ('session', ?, now())", session);

        Instant deadline = Instant.now().plusSeconds(10);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 401) {
            Thread.sleep(250);
            status = given().auth().oauth2(token).post("/api/auth/logout").then().extract().statusCode();
        }
        assertEquals(401, status, "the token of a session revoked by another instance is refused within seconds");
        given().auth().oauth2(other).post("/api/auth/logout").then().statusCode(204);
    }

    private static ValidatableResponse feed(String since) {
        RequestSpecification request = given().auth().oauth2(TestTokens.service("matching-service"));
        if (since != null) {
            request = request.queryParam("since", since);
        }
        return request.get(FEED).then().statusCode(200).contentType(startsWith("application/json"))
                .body("sessions", notNullValue()).body("users", notNullValue());
    }
}
