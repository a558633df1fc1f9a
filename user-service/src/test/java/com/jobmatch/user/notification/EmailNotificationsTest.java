package com.jobmatch.user.notification;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.SmtpFake;
import com.jobmatch.user.UserServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /internal/notifications/email: other services mail users through user-service; new matches follow the user's
 * frequency (immediate, daily or weekly digest, never, email off), other kinds leave at once. Mail is read from the
 * SMTP fake.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class EmailNotificationsTest {

    /**
     * Saving preferences tells matching-service; it accepts here, so these saves do not open the notice's circuit
     * breaker for the test classes that run after this one (ProfilePreferencesTest verifies the notice).
     */
    @BeforeEach
    void matchingAcceptsPreferenceNotices() {
        MatchingServiceMock.server().stubFor(WireMock.post(WireMock.urlPathMatching("/internal/matching/users/.*/preferences-changed"))
                .willReturn(WireMock.aResponse().withStatus(204)));
    }


    @Inject
    Db db;

    @Inject
    Digests digests;

    @Test
    void otherKindsAreMailedAtOnceWhateverTheFrequency() {
        String email = Accounts.newEmail();
        UUID user = new Accounts().register(email);
        setFrequency(email, "WEEKLY", true);
        notify(user, "STAGE_CHANGED", "Your application moved to interviewing", "Acme moved your application.")
                .statusCode(202).body("delivery", equalTo("SENT"));
        SmtpFake.Mail mail = SmtpFake.nth(email, "Your application moved to interviewing", 1);
        assertEquals(email, mail.to());
        assertTrue(mail.text().contains("Acme moved your application."), mail.text());
    }

    @Test
    void newMatchesFollowTheUsersFrequency() {
        String immediate = Accounts.newEmail();
        UUID now = new Accounts().register(immediate);
        setFrequency(immediate, "IMMEDIATE", true);
        notify(now, "NEW_MATCHES", "3 new matches", "Backend Engineer at Acme").statusCode(202)
                .body("delivery", equalTo("SENT"));
        SmtpFake.nth(immediate, "3 new matches", 1);

        String daily = Accounts.newEmail();
        UUID day = new Accounts().register(daily);
        setFrequency(daily, "DAILY", true);
        notify(day, "NEW_MATCHES", "2 new matches", "Platform Engineer at Initrode").body("delivery", equalTo("DAILY_DIGEST"));
        notify(day, "NEW_MATCHES", "1 new match", "SRE at Globex").body("delivery", equalTo("DAILY_DIGEST"));

        // no preferences saved: the default, weekly
        String weekly = Accounts.newEmail();
        UUID week = new Accounts().register(weekly);
        notify(week, "NEW_MATCHES", "5 new matches", "Data Engineer at Umbrella").body("delivery", equalTo("WEEKLY_DIGEST"));

        String off = Accounts.newEmail();
        UUID none = new Accounts().register(off);
        setFrequency(off, "IMMEDIATE", false);
        notify(none, "NEW_MATCHES", "4 new matches", "QA at Hooli").body("delivery", equalTo("SUPPRESSED"));

        // the daily digest collects both of the daily user's notifications in one mail, once
        assertTrue(digests.send(Delivery.DAILY_DIGEST) >= 1);
        SmtpFake.Mail digest = SmtpFake.nth(daily, "Your daily JobMatch digest", 1);
        assertEquals("Your daily JobMatch digest: 2 new", digest.subject());
        assertTrue(digest.text().contains("2 new matches") && digest.text().contains("Platform Engineer at Initrode")
                && digest.text().contains("1 new match") && digest.text().contains("SRE at Globex"), digest.text());
        assertEquals(0, db.count("SELECT count(*) FROM notifications WHERE user_id = ? AND sent_at IS NULL", day));
        digests.send(Delivery.DAILY_DIGEST);

        // the weekly user heard nothing from the daily run; the weekly run mails them
        assertEquals(1, SmtpFake.to(weekly).size());
        assertTrue(digests.send(Delivery.WEEKLY_DIGEST) >= 1);
        SmtpFake.Mail weeklyDigest = SmtpFake.nth(weekly, "Your weekly JobMatch digest", 1);
        assertEquals("Your weekly JobMatch digest: 1 new", weeklyDigest.subject());
        assertTrue(weeklyDigest.text().contains("Data Engineer at Umbrella"), weeklyDigest.text());

        // once sent, nothing is sent again; the user who turned email off got nothing but the verification mail
        digests.send(Delivery.DAILY_DIGEST);
        digests.send(Delivery.WEEKLY_DIGEST);
        notify(now, "STAGE_CHANGED", "Marker", "after the digests").statusCode(202);
        SmtpFake.nth(immediate, "Marker", 1);
        assertEquals(2, SmtpFake.to(daily).size());
        assertEquals(2, SmtpFake.to(weekly).size());
        assertEquals(1, SmtpFake.to(off).size());
        assertEquals(1, db.count("SELECT count(*) FROM notifications WHERE user_id = ? AND delivery = 'SUPPRESSED'", none));
    }

    @Test
    void anUnknownUserIs404AndOnlyServicesMaySend() {
        notify(UUID.randomUUID(), "STAGE_CHANGED", "s", "t").statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        String email = Accounts.newEmail();
        UUID user = new Accounts().register(email);
        String candidate = new Accounts().accessToken(email);
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body(Map.of("userId", user.toString(), "kind", "STAGE_CHANGED", "subject", "s", "text", "t"))
                .post("/internal/notifications/email").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("userId", user.toString(), "kind", "STAGE_CHANGED", "subject", "s", "text", "t"))
                .post("/internal/notifications/email").then().statusCode(401);
        assertEquals(0, db.count("SELECT count(*) FROM notifications WHERE user_id = ?", user));
    }

    private static ValidatableResponse notify(UUID userId, String kind, String subject, String text) {
        return given().auth().oauth2(TestTokens.service("matching-service")).contentType(ContentType.JSON)
                .body(Map.of("userId", userId.toString(), "kind", kind, "subject", subject, "text", text))
                .post("/internal/notifications/email").then();
    }

    private static void setFrequency(String email, String frequency, boolean byEmail) {
        Map<String, Object> preferences = Map.of("notificationFrequency", frequency, "notifyByEmail", byEmail);
        given().auth().oauth2(new Accounts().accessToken(email)).contentType(ContentType.JSON).body(preferences)
                .put("/api/users/me/preferences").then().statusCode(200);
    }
}
