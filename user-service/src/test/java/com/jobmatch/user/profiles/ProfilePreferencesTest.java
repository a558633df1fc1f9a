package com.jobmatch.user.profiles;

import com.github.tomakehurst.wiremock.client.WireMock;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Profiles and preferences, the internal read for matching-service, and the change event sent to it. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
public class ProfilePreferencesTest {

    public static final Map<String, Object> PREFERENCES = Map.ofEntries(
            Map.entry("desiredTitles", List.of("Backend Engineer", "Platform Engineer")),
            Map.entry("industries", List.of("Software")),
            Map.entry("locations", List.of(Map.of("location", Map.of("city", "Berlin", "country", "DE",
                    "latitude", 52.52, "longitude", 13.405), "radiusKm", 50))),
            Map.entry("workArrangements", List.of("REMOTE", "HYBRID")),
            Map.entry("employmentTypes", List.of("FULL_TIME")),
            Map.entry("salary", Map.of("min", 70000, "max", 95000, "currency", "EUR", "period", "YEAR")),
            Map.entry("willingToRelocate", true),
            Map.entry("needsVisaSponsorship", false),
            Map.entry("skillsToUse", List.of("Java", "PostgreSQL")),
            Map.entry("skillsToAvoid", List.of("COBOL")),
            Map.entry("excludedCompanies", List.of("Initech")),
            Map.entry("minMatchScore", 60),
            Map.entry("notifyByEmail", true),
            Map.entry("notificationFrequency", "DAILY"),
            Map.entry("unknownJobData", "EXCLUDE"));

    @Inject
    Db db;

    @BeforeEach
    void matchingAccepts() {
        MatchingServiceMock.server().resetAll();
        MatchingServiceMock.server().stubFor(post(WireMock.urlPathMatching("/internal/matching/users/.*/preferences-changed"))
                .willReturn(aResponse().withStatus(204)));
    }

    @Test
    void profileStartsEmptyAndRoundTrips() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        String token = me.accessToken(email);
        given().auth().oauth2(token).get("/api/users/me/profile").then().statusCode(200)
                .body("headline", nullValue()).body("links", hasSize(0));
        Map<String, Object> profile = Map.of("headline", "Welder, 12 years", "summary", "MIG and TIG.",
                "yearsOfExperience", 12, "educationLevel", "VOCATIONAL", "collarType", "BLUE",
                "location", Map.of("city", "Hamburg", "country", "DE"), "phone", "+49 40 123456",
                "links", List.of(Map.of("label", "Portfolio", "url", "https://example.test/me")));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/users/me/profile")
                .then().statusCode(200).body("updatedAt", notNullValue());
        given().auth().oauth2(token).get("/api/users/me/profile").then().statusCode(200)
                .body("headline", equalTo("Welder, 12 years"))
                .body("collarType", equalTo("BLUE"))
                .body("educationLevel", equalTo("VOCATIONAL"))
                .body("location.city", equalTo("Hamburg"))
                .body("links[0].url", equalTo("https://example.test/me"));
    }

    @Test
    void preferencesRoundTripNotifyMatchingAndServeTheContractShape() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        String token = me.accessToken(email);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(PREFERENCES).put("/api/users/me/preferences")
                .then().statusCode(200).body("notificationFrequency", equalTo("DAILY"));

        MatchingServiceMock.server().verify(1, postRequestedFor(urlEqualTo("/internal/matching/users/" + id + "/preferences-changed"))
                .withHeader("Authorization", matching("Bearer .+")));

        given().auth().oauth2(TestTokens.service("matching-service")).get("/internal/users/" + id + "/preferences")
                .then().statusCode(200)
                .body("userId", equalTo(id.toString()))
                .body("desiredTitles", equalTo(List.of("Backend Engineer", "Platform Engineer")))
                .body("locations[0].location.city", equalTo("Berlin"))
                .body("locations[0].radiusKm", equalTo(50))
                .body("workArrangements", hasSize(2))
                .body("salary.currency", equalTo("EUR"))
                .body("salary.min", equalTo(70000.0f))
                .body("willingToRelocate", equalTo(true))
                .body("skillsToAvoid", equalTo(List.of("COBOL")))
                .body("excludedCompanies", equalTo(List.of("Initech")))
                .body("minMatchScore", equalTo(60))
                .body("unknownJobData", equalTo("EXCLUDE"));

        Map<String, Object> unsure = new java.util.HashMap<>(PREFERENCES);
        unsure.put("unknownJobData", "SOMETIMES");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(unsure).put("/api/users/me/preferences")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).get("/api/users/me/preferences").then().statusCode(200)
                .body("unknownJobData", equalTo("EXCLUDE"));
    }

    @Test
    void savingSucceedsWhenMatchingServiceFails() {
        MatchingServiceMock.server().resetAll();
        MatchingServiceMock.server().stubFor(post(WireMock.urlPathMatching(".*")).willReturn(aResponse().withStatus(503)));
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        given().auth().oauth2(me.accessToken(email)).contentType(ContentType.JSON).body(PREFERENCES)
                .put("/api/users/me/preferences").then().statusCode(200);
        assertEquals(1, db.count("SELECT count(*) FROM user_preferences WHERE user_id = ?", id));
    }

    @Test
    void internalReadGivesDefaultsForUsersWithoutPreferencesAnd404ForUnknownUsers() {
        Accounts me = new Accounts();
        UUID id = me.register(Accounts.newEmail());
        String service = TestTokens.service("matching-service");
        given().auth().oauth2(service).get("/internal/users/" + id + "/preferences").then().statusCode(200)
                .body("userId", equalTo(id.toString())).body("desiredTitles", hasSize(0))
                .body("unknownJobData", equalTo("RANK_BELOW"));
        given().auth().oauth2(service).get("/internal/users/" + UUID.randomUUID() + "/preferences").then().statusCode(404);
    }

    @Test
    void internalReadRefusesUserTokens() {
        UUID id = new Accounts().register(Accounts.newEmail());
        given().auth().oauth2(TestTokens.candidate(id)).get("/internal/users/" + id + "/preferences").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin(id)).get("/internal/users/" + id + "/preferences").then().statusCode(403);
    }
}
