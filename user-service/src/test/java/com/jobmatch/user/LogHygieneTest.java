package com.jobmatch.user;

import com.jobmatch.common.testing.LogCapture;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Logs carry ids, never secrets (issue 21): a whole account journey (registration, a second registration of the
 * same email, verification, login, wrong password, refresh, password reset, logout) runs while every log record of
 * the process is captured, and none holds the email address, a password, an access or refresh token or a mailed
 * token. Client mistakes (400, 401, 403, 404, 409, 415) log no stack trace.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class LogHygieneTest {

    @Test
    void anAccountsJourneyLeavesNoAddressPasswordOrTokenInTheLog() {
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String email = "log." + marker + "@example.test";
        String password = "Pw-" + marker + "-Secret";
        String newPassword = "Nw-" + marker + "-Secret";
        Accounts me = new Accounts();
        // GreenMail, the tests' SMTP server, logs the addresses it receives for: it is not the service.
        try (LogCapture log = LogCapture.start().ignoring("com.icegreen.greenmail")) {
            me.client().body(Map.of("email", email, "password", password, "name", "Log " + marker))
                    .post("/api/auth/register").then().statusCode(202);
            String verification = Accounts.verificationToken(email, 1);
            // the same email again: the owner gets a mail, the caller the same answer
            me.client().body(Map.of("email", email, "password", password + "2", "name", "Log " + marker))
                    .post("/api/auth/register").then().statusCode(202);
            SmtpFake.nth(email, 2);
            me.client().body(Map.of("token", verification)).post("/api/auth/verify-email").then().statusCode(204);

            me.login(email, password + "-wrong").statusCode(401);
            Map<String, String> tokens = me.tokens(email, password);
            given().auth().oauth2(tokens.get("accessToken")).get("/api/users/me").then().statusCode(200);
            Map<String, String> refreshed = me.refresh(tokens.get("refreshToken")).statusCode(200)
                    .extract().jsonPath().getMap("", String.class, String.class);

            me.client().body(Map.of("email", email)).post("/api/auth/password-reset/request").then().statusCode(202);
            String reset = Accounts.resetToken(email, 1);
            me.client().body(Map.of("token", reset, "newPassword", newPassword))
                    .post("/api/auth/password-reset/confirm").then().statusCode(204);
            Map<String, String> after = me.tokens(email, newPassword);
            given().auth().oauth2(after.get("accessToken")).post("/api/auth/logout").then().statusCode(204);

            log.assertNoneContains(email, password, newPassword, verification, reset, tokens.get("accessToken"),
                    tokens.get("refreshToken"), refreshed.get("accessToken"), refreshed.get("refreshToken"),
                    after.get("accessToken"), after.get("refreshToken"));
            assertFalse(log.from("com.jobmatch.user.mail").isEmpty(), "the mails were logged (recipient masked)");
        }
    }

    @Test
    void clientMistakesLogNoStackTrace() {
        Accounts me = new Accounts();
        String taken = "taken" + UUID.randomUUID().toString().substring(0, 8);
        me.client().body(Map.of("email", Accounts.newEmail(), "password", Accounts.PASSWORD, "name", "Taken",
                "username", taken)).post("/api/auth/register").then().statusCode(202);
        String token = TestTokens.candidate(UUID.randomUUID());
        try (LogCapture log = LogCapture.start()) {
            // 400: invalid fields, malformed JSON, a NUL character, no body, a weak password
            me.client().body(Map.of("email", "not-an-email", "password", "x", "name", "")).post("/api/auth/register")
                    .then().statusCode(400);
            me.client().body("{\"email\": ").post("/api/auth/register").then().statusCode(400);
            me.client().body("{\"email\": \"a\\u0000b@example.test\", \"password\": \"x\"}").post("/api/auth/login")
                    .then().statusCode(400);
            me.client().post("/api/auth/login").then().statusCode(400);
            me.client().body(Map.of("token", "no-such-token")).post("/api/auth/verify-email").then().statusCode(400);
            // 401: wrong password, unknown refresh token, no token, a forged token
            me.login(Accounts.newEmail(), "Wrong-Password-1").statusCode(401);
            me.refresh("no-such-refresh-token").statusCode(401);
            given().get("/api/users/me").then().statusCode(401);
            given().auth().oauth2(TestTokens.signedByUntrustedKey(UUID.randomUUID())).get("/api/users/me").then().statusCode(401);
            // 403: a candidate on an admin endpoint
            given().auth().oauth2(token).get("/api/users").then().statusCode(403);
            // 404: an unknown user, an unknown path
            given().auth().oauth2(TestTokens.admin(UUID.randomUUID())).contentType("application/json")
                    .body(Map.of("enabled", true)).put("/api/users/" + UUID.randomUUID() + "/status").then().statusCode(404);
            given().get("/api/nothing-here").then().statusCode(404);
            // 409: a username someone has
            me.client().body(Map.of("email", Accounts.newEmail(), "password", Accounts.PASSWORD, "name", "Other",
                    "username", taken)).post("/api/auth/register").then().statusCode(409);
            // 415
            me.client().contentType("text/plain").body("x").post("/api/auth/login").then().statusCode(415);

            log.assertNoStackTraces();
            log.assertNoneContains(token);
        }
    }
}
