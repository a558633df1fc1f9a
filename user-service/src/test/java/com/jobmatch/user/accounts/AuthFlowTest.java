package com.jobmatch.user.accounts;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.SmtpFake;
import com.jobmatch.user.UserServiceTestResources;
import com.jobmatch.user.tokens.SecretTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journey of issue 3's "done when", on the real database, with tokens read from the mail the SMTP fake received. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class AuthFlowTest {

    @Inject
    Db db;

    @Test
    void registerVerifyLoginRefreshReuseResetAndLoginAgain() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email.toUpperCase());

        // verify email with the token from the mail, once
        String verification = Accounts.verificationToken(email, 1);
        me.client().body(Map.of("token", verification)).post("/api/auth/verify-email").then().statusCode(204);
        me.client().body(Map.of("token", verification)).post("/api/auth/verify-email").then().statusCode(400)
                .body("errors[0].field", equalTo("token"));

        // login (case-insensitive email) and call a protected endpoint
        Map<String, String> first = me.tokens(email.toUpperCase(), Accounts.PASSWORD);
        given().auth().oauth2(first.get("accessToken")).get("/api/users/me").then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("email", equalTo(email))
                .body("emailVerified", equalTo(true))
                .body("roles", equalTo(List.of("candidate")));

        // refresh rotates the refresh token and keeps the session
        Map<String, String> second = me.refresh(first.get("refreshToken")).statusCode(200)
                .extract().jsonPath().getMap("", String.class, String.class);
        assertNotEquals(first.get("refreshToken"), second.get("refreshToken"));
        given().auth().oauth2(second.get("accessToken")).get("/api/users/me/sessions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].current", equalTo(true))
                .body("page", equalTo(0)).body("size", equalTo(20)).body("total", equalTo(1));

        // reusing the rotated token revokes the family: the newest token dies too, the session is gone
        me.refresh(first.get("refreshToken")).statusCode(401).contentType(startsWith("application/problem+json"));
        me.refresh(second.get("refreshToken")).statusCode(401);
        // ... and its access token dies with it (issue 21)
        given().auth().oauth2(second.get("accessToken")).get("/api/users/me/sessions").then().statusCode(401);
        assertEquals(0, db.count("SELECT count(*) FROM user_sessions WHERE user_id = ? AND revoked_at IS NULL", id));
        assertEquals(1, db.count("SELECT count(*) FROM audit_log WHERE event = 'REFRESH_TOKEN_REUSED' AND user_id = ?", id));

        // a new login, then a password reset ends every session
        Map<String, String> third = me.tokens(email, Accounts.PASSWORD);
        me.client().body(Map.of("email", email)).post("/api/auth/password-reset/request").then().statusCode(202);
        String reset = Accounts.resetToken(email, 1);
        // a refused new password leaves the token usable and the sessions alive
        me.client().body(Map.of("token", reset, "newPassword", "password123"))
                .post("/api/auth/password-reset/confirm").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        third = me.refresh(third.get("refreshToken")).statusCode(200).extract().jsonPath().getMap("", String.class, String.class);
        me.client().body(Map.of("token", reset, "newPassword", "Another-Good-Secret-99"))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);
        me.refresh(third.get("refreshToken")).statusCode(401);
        me.client().body(Map.of("token", reset, "newPassword", "Yet-Another-Secret-77"))
                .post("/api/auth/password-reset/confirm").then().statusCode(400).body("errors[0].field", equalTo("token"));

        // the old password is refused, the new one works
        me.login(email, Accounts.PASSWORD).statusCode(401);
        me.login(email, "Another-Good-Secret-99").statusCode(200);
        assertTrue(db.count("SELECT count(*) FROM audit_log WHERE event = 'PASSWORD_RESET' AND user_id = ?", id) == 1);
    }

    @Test
    void expiredResetVerificationAndRefreshTokensAreRefused() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        String verification = Accounts.verificationToken(email, 1);
        me.client().body(Map.of("email", email)).post("/api/auth/password-reset/request").then().statusCode(202);
        String reset = Accounts.resetToken(email, 1);
        Map<String, String> idle = me.tokens(email, Accounts.PASSWORD);
        Map<String, String> old = me.tokens(email, Accounts.PASSWORD);

        db.update("UPDATE email_verifications SET expires_at = now() - interval '1 minute' WHERE user_id = ?", id);
        db.update("UPDATE password_resets SET expires_at = now() - interval '1 minute' WHERE user_id = ?", id);
        db.update("UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = ?",
                SecretTokens.hash(idle.get("refreshToken")));
        db.update("UPDATE user_sessions SET expires_at = now() - interval '1 minute' WHERE id = ("
                + "SELECT session_id FROM refresh_tokens WHERE token_hash = ?)",
                SecretTokens.hash(old.get("refreshToken")));

        me.client().body(Map.of("token", verification)).post("/api/auth/verify-email").then().statusCode(400);
        me.client().body(Map.of("token", reset, "newPassword", "Another-Good-Secret-99"))
                .post("/api/auth/password-reset/confirm").then().statusCode(400);
        me.refresh(idle.get("refreshToken")).statusCode(401);
        me.refresh(old.get("refreshToken")).statusCode(401);
        me.login(email, Accounts.PASSWORD).statusCode(200);
    }

    /** A second logout changes nothing: the token died with its session (issue 21), so it is refused like any call. */
    @Test
    void logoutIsIdempotent() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        String access = me.accessToken(email);
        given().auth().oauth2(access).post("/api/auth/logout").then().statusCode(204);
        String after = db.fingerprint();
        given().auth().oauth2(access).post("/api/auth/logout").then().statusCode(401);
        assertEquals(after, db.fingerprint());
        assertEquals(1, db.count("SELECT count(*) FROM audit_log WHERE event = 'LOGOUT' AND user_id = ?", id));
        given().auth().oauth2(TestTokens.candidate(UUID.randomUUID()))
                .post("/api/auth/logout").then().statusCode(204);
    }

    @Test
    void tokensStoredOnlyAsHashes() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        Map<String, String> tokens = me.tokens(email, Accounts.PASSWORD);
        assertEquals(0, db.count("SELECT count(*) FROM refresh_tokens WHERE token_hash = ?", tokens.get("refreshToken")));
        assertEquals(1, db.count("SELECT count(*) FROM refresh_tokens WHERE user_id = ?", id));
        assertTrue(db.single("SELECT password_hash FROM users WHERE id = ?", id).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    @Test
    void passwordResetForUnknownEmailAnswersTheSame() {
        Accounts me = new Accounts();
        String before = db.fingerprint();
        String unknown = Accounts.newEmail();
        me.client().body(Map.of("email", unknown)).post("/api/auth/password-reset/request").then().statusCode(202);
        assertEquals(before, db.fingerprint());
        // mail leaves asynchronously: once a later reset mail has arrived, a mail to the unknown address would have too
        String known = Accounts.newEmail();
        me.register(known);
        me.client().body(Map.of("email", known)).post("/api/auth/password-reset/request").then().statusCode(202);
        SmtpFake.nth(known, 2);
        assertTrue(SmtpFake.to(unknown).isEmpty());
    }

    /**
     * Registration does not enumerate accounts (issue 21): a known email (in any case) gets the very answer a new
     * one gets, nothing is stored, and the owner is told by mail instead.
     */
    @Test
    void duplicateEmailRegardlessOfCaseGetsTheAnswerOfANewOneAndTheOwnerAMail() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        String fresh = me.client().body(Map.of("email", Accounts.newEmail(), "password", Accounts.PASSWORD, "name", "New"))
                .post("/api/auth/register").then().statusCode(202).extract().asString();
        String before = db.fingerprint();
        String twin = me.client().body(Map.of("email", email.toUpperCase(), "password", Accounts.PASSWORD, "name", "Twin"))
                .post("/api/auth/register").then().statusCode(202).extract().asString();
        assertEquals(fresh, twin);
        assertEquals(before, db.fingerprint());
        SmtpFake.nth(email, "You already have a JobMatch account", 1);
    }

    /** Registration does not tell by its time either: an existing email also spends a password hash (issue 21). */
    @Test
    void anExistingEmailCostsAboutTheTimeOfANewRegistration() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        long existing = 0;
        long fresh = 0;
        for (int i = 0; i < 3; i++) {
            existing += me.client().body(Map.of("email", email, "password", Accounts.PASSWORD, "name", "Twin"))
                    .post("/api/auth/register").then().statusCode(202).extract().time();
            fresh += me.client().body(Map.of("email", Accounts.newEmail(), "password", Accounts.PASSWORD, "name", "New"))
                    .post("/api/auth/register").then().statusCode(202).extract().time();
        }
        // both hash the password with argon2id; without that an existing email answered about ten times faster
        double ratio = (double) existing / fresh;
        assertTrue(ratio > 0.4 && ratio < 2.5, "existing " + existing + " ms vs new " + fresh + " ms");
    }

    @Test
    void commonPasswordsAreRefusedWithAReason() {
        Accounts me = new Accounts();
        String before = db.fingerprint();
        me.client().body(Map.of("email", Accounts.newEmail(), "password", "Password123", "name", "Weak"))
                .post("/api/auth/register").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("common"));
        me.client().body(Map.of("email", Accounts.newEmail(), "password", "short", "name", "Short"))
                .post("/api/auth/register").then().statusCode(400).body("errors[0].field", equalTo("password"));
        me.client().body(Map.of("email", Accounts.newEmail(), "password", "x".repeat(129), "name", "Long"))
                .post("/api/auth/register").then().statusCode(400).body("errors[0].field", equalTo("password"));
        assertEquals(before, db.fingerprint());
    }

    @Test
    void logoutEndsThisSessionAndLogoutAllEndsEveryOne() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        Map<String, String> laptop = me.tokens(email, Accounts.PASSWORD);
        Map<String, String> phone = me.tokens(email, Accounts.PASSWORD);
        Map<String, String> tablet = me.tokens(email, Accounts.PASSWORD);

        given().auth().oauth2(laptop.get("accessToken")).post("/api/auth/logout").then().statusCode(204);
        me.refresh(laptop.get("refreshToken")).statusCode(401);
        me.refresh(phone.get("refreshToken")).statusCode(200);

        given().auth().oauth2(tablet.get("accessToken")).get("/api/users/me/sessions").then().statusCode(200)
                .body("items", hasSize(2)).body("items.ipAddress", hasItem(me.address())).body("total", equalTo(2));
        // Paged: one session a page, the second page holds the other one, the total counts both.
        given().auth().oauth2(tablet.get("accessToken")).queryParam("size", 1).queryParam("page", 1)
                .get("/api/users/me/sessions").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(1)).body("total", equalTo(2));
        given().auth().oauth2(tablet.get("accessToken")).queryParam("size", 0).get("/api/users/me/sessions").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(tablet.get("accessToken")).post("/api/auth/logout-all").then().statusCode(204);
        me.refresh(tablet.get("refreshToken")).statusCode(401);
        given().auth().oauth2(tablet.get("accessToken")).get("/api/users/me/sessions").then().statusCode(401);
        assertEquals(0, db.count("SELECT count(*) FROM user_sessions WHERE user_id = ? AND revoked_at IS NULL", id));
    }

    @Test
    void revokingOneSessionLeavesTheOthersAndOthersSessionsAreNotFound() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        Map<String, String> keep = me.tokens(email, Accounts.PASSWORD);
        Map<String, String> drop = me.tokens(email, Accounts.PASSWORD);
        String dropId = given().auth().oauth2(keep.get("accessToken")).get("/api/users/me/sessions")
                .then().extract().jsonPath().getString("items.find { !it.current }.id");

        String stranger = Accounts.newEmail();
        me.register(stranger);
        String strangerToken = me.accessToken(stranger);
        String before = db.fingerprint();
        given().auth().oauth2(strangerToken).delete("/api/users/me/sessions/" + dropId).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        assertEquals(before, db.fingerprint());

        given().auth().oauth2(keep.get("accessToken")).delete("/api/users/me/sessions/" + dropId).then().statusCode(204);
        me.refresh(drop.get("refreshToken")).statusCode(401);
        me.refresh(keep.get("refreshToken")).statusCode(200);
        given().auth().oauth2(keep.get("accessToken")).get("/api/users/me/sessions").then()
                .body("items.id", not(hasItem(dropId))).body("total", equalTo(1));
    }

    @Test
    void resendVerificationSendsANewLinkAndTheOldOneStopsWorking() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        String old = Accounts.verificationToken(email, 1);
        given().auth().oauth2(me.accessToken(email)).post("/api/auth/verify-email/resend").then().statusCode(202);
        String fresh = Accounts.verificationToken(email, 2);
        assertNotEquals(old, fresh);
        me.client().body(Map.of("token", old)).post("/api/auth/verify-email").then().statusCode(400);
        me.client().body(Map.of("token", fresh)).post("/api/auth/verify-email").then().statusCode(204);
    }
}
