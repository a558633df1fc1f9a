package com.jobmatch.user;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.user.profiles.ProfilePreferencesTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input on every endpoint that takes input: a problem+json 400 naming the field, and no stored row changes. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    enum As { ANONYMOUS, USER, ADMIN, SERVICE }

    record Case(String method, String path, As as, Object body, String field) {
        @Override
        public String toString() {
            return method + " " + path + " " + body + " -> " + field;
        }
    }

    @Inject
    Db db;

    private String userToken;
    private String adminToken;
    private UUID userId;

    /** Once, before the first case (RestAssured knows the test port only per test). */
    @BeforeEach
    void aUserWithAProfileAndPreferences() {
        if (userId != null) {
            return;
        }
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        userId = me.register(email);
        userToken = me.accessToken(email);
        adminToken = me.accessToken(UserServiceTestResources.ADMIN_EMAIL, UserServiceTestResources.ADMIN_PASSWORD);
        given().auth().oauth2(userToken).contentType(ContentType.JSON).body(Map.of("headline", "Before"))
                .put("/api/users/me/profile").then().statusCode(200);
        given().auth().oauth2(userToken).contentType(ContentType.JSON).body(ProfilePreferencesTest.PREFERENCES)
                .put("/api/users/me/preferences").then().statusCode(200);
    }

    private static Map<String, Object> without(Map<String, Object> base, String key) {
        return with(base, key, null);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    Stream<Case> cases() {
        Map<String, Object> registration = Map.of("email", Accounts.newEmail(), "password", Accounts.PASSWORD, "name", "New Person");
        Map<String, Object> preferences = ProfilePreferencesTest.PREFERENCES;
        String users = "/api/users/{user}";
        String organization = "/api/organizations/" + UUID.randomUUID();
        Map<String, Object> notification = Map.of("userId", UUID.randomUUID().toString(), "kind", "STAGE_CHANGED", "subject", "Moved",
                "text", "You moved on.");
        Map<String, Object> recruiterAction = Map.of("actorId", UUID.randomUUID().toString(), "action", "STAGE_CHANGED",
                "target", "application:1");
        return Stream.of(
                new Case("POST", "/api/auth/register", As.ANONYMOUS, with(registration, "email", null), "email"),
                new Case("POST", "/api/auth/register", As.ANONYMOUS, with(registration, "email", "not-an-email"), "email"),
                new Case("POST", "/api/auth/register", As.ANONYMOUS, with(registration, "password", null), "password"),
                new Case("POST", "/api/auth/register", As.ANONYMOUS, with(registration, "name", " "), "name"),
                new Case("POST", "/api/auth/register", As.ANONYMOUS, with(registration, "username", "no spaces allowed"), "username"),
                new Case("POST", "/api/auth/register", As.ANONYMOUS, with(registration, "role", "admin"), "role"),
                // recruiters join an organization by invitation (issue 20)
                new Case("POST", "/api/auth/register", As.ANONYMOUS, with(registration, "role", "recruiter"), "role"),
                new Case("POST", "/api/auth/register", As.ANONYMOUS, with(registration, "name", List.of("x")), "name"),
                new Case("POST", "/api/auth/login", As.ANONYMOUS, Map.of("password", "whatever-123"), "email"),
                new Case("POST", "/api/auth/login", As.ANONYMOUS, Map.of("email", "a@b.test"), "password"),
                new Case("POST", "/api/auth/refresh", As.ANONYMOUS, Map.of(), "refreshToken"),
                new Case("POST", "/api/auth/verify-email", As.ANONYMOUS, Map.of(), "token"),
                new Case("POST", "/api/auth/verify-email", As.ANONYMOUS, Map.of("token", "forged-token"), "token"),
                new Case("POST", "/api/auth/password-reset/request", As.ANONYMOUS, Map.of("email", "nope"), "email"),
                new Case("POST", "/api/auth/password-reset/confirm", As.ANONYMOUS, Map.of("newPassword", "Good-Password-123"), "token"),
                new Case("POST", "/api/auth/password-reset/confirm", As.ANONYMOUS, Map.of("token", "forged-token", "newPassword", "Good-Password-123"), "token"),
                new Case("POST", "/api/auth/password-reset/confirm", As.ANONYMOUS, Map.of("token", "forged-token"), "newPassword"),
                new Case("POST", "/api/auth/service-token", As.ANONYMOUS, Map.of("clientSecret", "x"), "clientId"),
                new Case("POST", "/api/auth/service-token", As.ANONYMOUS, Map.of("clientId", "matching-service"), "clientSecret"),
                new Case("PUT", "/api/users/me/profile", As.USER, Map.of("yearsOfExperience", -1), "yearsOfExperience"),
                new Case("PUT", "/api/users/me/profile", As.USER, Map.of("phone", "call me maybe"), "phone"),
                new Case("PUT", "/api/users/me/profile", As.USER, Map.of("educationLevel", "WIZARD"), "educationLevel"),
                new Case("PUT", "/api/users/me/profile", As.USER, Map.of("location", Map.of("country", "Germany")), "location.country"),
                new Case("PUT", "/api/users/me/profile", As.USER, Map.of("links", List.of(Map.of("label", "x", "url", "ftp://x"))), "links[0].url"),
                new Case("PUT", "/api/users/me/profile", As.USER, Map.of("headline", "x".repeat(201)), "headline"),
                new Case("PUT", "/api/users/me/preferences", As.USER, with(preferences, "minMatchScore", 101), "minMatchScore"),
                new Case("PUT", "/api/users/me/preferences", As.USER, with(preferences, "desiredTitles", List.of("")), "desiredTitles[0]"),
                new Case("PUT", "/api/users/me/preferences", As.USER, with(preferences, "workArrangements", List.of("ON_THE_MOON")), "workArrangements[0]"),
                new Case("PUT", "/api/users/me/preferences", As.USER, with(preferences, "salary", Map.of("min", 9, "max", 1, "currency", "EUR")), "salary.max"),
                new Case("PUT", "/api/users/me/preferences", As.USER, with(preferences, "salary", Map.of("min", 9, "currency", "euro")), "salary.currency"),
                new Case("PUT", "/api/users/me/preferences", As.USER, with(preferences, "locations", List.of(Map.of("location", Map.of("city", "Oslo"), "radiusKm", 9000))), "locations[0].radiusKm"),
                new Case("PUT", "/api/users/me/preferences", As.USER, with(preferences, "notificationFrequency", "HOURLY"), "notificationFrequency"),
                new Case("PUT", users + "/status", As.ADMIN, Map.of(), "enabled"),
                new Case("PUT", users + "/status", As.ADMIN, Map.of("enabled", "perhaps"), "enabled"),
                new Case("PUT", users + "/roles", As.ADMIN, Map.of("roles", List.of()), "roles"),
                new Case("PUT", users + "/roles", As.ADMIN, Map.of("roles", List.of("god")), "roles[]"),
                new Case("GET", "/api/users?page=-1", As.ADMIN, null, "page"),
                new Case("GET", "/api/users?size=1000", As.ADMIN, null, "size"),
                new Case("GET", "/api/users/audit?event=NOPE", As.ADMIN, null, "event"),
                new Case("GET", "/api/users/audit?userId=42", As.ADMIN, null, "userId"),
                new Case("GET", "/api/users/audit?organizationId=42", As.ADMIN, null, "organizationId"),
                new Case("GET", "/api/users/audit?actorId=nobody", As.ADMIN, null, "actorId"),
                new Case("POST", "/api/organizations", As.ADMIN, Map.of("name", " ", "ownerEmail", "owner@example.test"), "name"),
                new Case("POST", "/api/organizations", As.ADMIN, Map.of("name", "Acme", "ownerEmail", "not-an-email"), "ownerEmail"),
                new Case("POST", "/api/organizations", As.ADMIN, Map.of("name", "Acme", "ownerEmail", Accounts.newEmail()), "ownerEmail"),
                new Case("POST", organization + "/invitations", As.ADMIN, Map.of("email", "a@example.test", "role", "boss"), "role"),
                new Case("POST", organization + "/invitations", As.ADMIN, Map.of("role", "recruiter"), "email"),
                new Case("PUT", organization + "/members/" + UUID.randomUUID(), As.ADMIN, Map.of("role", "admin"), "role"),
                new Case("POST", "/api/organizations/invitations/accept", As.USER, Map.of(), "token"),
                new Case("POST", "/api/organizations/invitations/accept", As.USER, Map.of("token", "forged-token"), "token"),
                new Case("POST", "/internal/notifications/email", As.SERVICE, without(notification, "userId"), "userId"),
                new Case("POST", "/internal/notifications/email", As.SERVICE, with(notification, "userId", "42"), "userId"),
                new Case("POST", "/internal/notifications/email", As.SERVICE, with(notification, "kind", "stage changed"), "kind"),
                new Case("POST", "/internal/notifications/email", As.SERVICE, with(notification, "subject", "Hi\r\nBcc: x@y.test"), "subject"),
                new Case("POST", "/internal/notifications/email", As.SERVICE, with(notification, "text", " "), "text"),
                new Case("POST", "/internal/audit", As.SERVICE, without(recruiterAction, "actorId"), "actorId"),
                new Case("POST", "/internal/audit", As.SERVICE, with(recruiterAction, "action", "moved a candidate"), "action"),
                new Case("POST", "/internal/audit", As.SERVICE, with(recruiterAction, "target", "x".repeat(121)), "target"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAProblem400NamingTheFieldAndChangesNothing(Case c) {
        String before = db.fingerprint();
        RequestSpecification request = given();
        if (c.as() == As.USER) {
            request = request.auth().oauth2(userToken);
        } else if (c.as() == As.ADMIN) {
            request = request.auth().oauth2(adminToken);
        } else if (c.as() == As.SERVICE) {
            request = request.auth().oauth2(TestTokens.service("matching-service"));
        }
        if (c.body() != null) {
            request = request.contentType(ContentType.JSON).body(c.body());
        }
        request.request(c.method(), c.path().replace("{user}", userId.toString())).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(c.field()));
        assertEquals(before, db.fingerprint());
    }
}
