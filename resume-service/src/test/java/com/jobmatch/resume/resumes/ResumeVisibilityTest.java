package com.jobmatch.resume.resumes;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.Fixtures;
import com.jobmatch.resume.testing.ResumeApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Candidate control (issue 20): the owner decides which organizations' recruiters may see a resume (none, all, or
 * selected ones), and reading it, recruiters' search and matching's list of searchable resumes follow that choice; a
 * recruiter of an organization not selected finds nothing and reads 404.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ResumeVisibilityTest {

    @Inject
    AgroalDataSource dataSource;

    Db db;
    String owner;
    UUID resumeId;
    final UUID orgA = UUID.randomUUID();
    final UUID orgB = UUID.randomUUID();
    String recruiterA;
    String recruiterB;
    String recruiterOfNone;
    String service;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
        owner = TestTokens.candidate(UUID.randomUUID());
        resumeId = ResumeApi.uploadParsed(owner, "vera.txt", "text/plain",
                Fixtures.text("Vera Visible\nvera@example.com\n\nSkills\nZymurgy, Brewing\n"));
        recruiterA = TestTokens.orgMember(UUID.randomUUID(), orgA, "recruiter");
        recruiterB = TestTokens.orgMember(UUID.randomUUID(), orgB, "hiring_manager");
        recruiterOfNone = TestTokens.recruiter(UUID.randomUUID());
        service = TestTokens.service("matching-service");
    }

    @Test
    void onlyTheOrganizationsTheOwnerChoseSeeTheResume() {
        given().auth().oauth2(owner).get("/api/resumes/" + resumeId + "/visibility").then().statusCode(200)
                .body("visibility", equalTo("PRIVATE")).body("organizations", empty());
        seenBy(recruiterA, false);
        assertFalse(internal(orgA), "private: matching's recruiter search gets nothing");

        put(Map.of("visibility", "SELECTED_ORGANIZATIONS", "organizations", List.of(orgA.toString(), orgA.toString())))
                .statusCode(200).body("visibility", equalTo("SELECTED_ORGANIZATIONS"))
                .body("organizations", contains(orgA.toString()));
        seenBy(recruiterA, true);
        seenBy(recruiterB, false);
        seenBy(recruiterOfNone, false);
        assertTrue(internal(orgA), "the selected organization's ranking sees it");
        assertFalse(internal(orgB), "another organization's ranking does not");
        assertFalse(internal(null), "nor a ranking for no organization");
        given().auth().oauth2(owner).get("/api/resumes/" + resumeId).then().statusCode(200).body("searchable", equalTo(true));

        put(Map.of("visibility", "all_organizations")).statusCode(200).body("visibility", equalTo("ALL_ORGANIZATIONS"))
                .body("organizations", empty());
        seenBy(recruiterB, true);
        seenBy(recruiterOfNone, true);
        assertTrue(internal(orgB));
        assertTrue(internal(null));

        put(Map.of("visibility", "PRIVATE")).statusCode(200);
        seenBy(recruiterA, false);
        seenBy(recruiterB, false);
        assertFalse(internal(orgA));
        // Notices still waiting for the worker merge into one (ResumeWorkStore.enqueueNotice): how many rows there
        // are depends on how fast the worker ran, but matching is told.
        assertTrue(db.count("SELECT count(*) FROM resume_work WHERE resume_id = ? AND kind = 'notify'", resumeId) >= 1,
                "matching is told of the changes");
    }

    @Test
    void theOlderSearchableSwitchMeansAllOrNone() {
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"searchable\": true}")
                .patch("/api/resumes/" + resumeId).then().statusCode(200).body("searchable", equalTo(true));
        given().auth().oauth2(owner).get("/api/resumes/" + resumeId + "/visibility").then()
                .body("visibility", equalTo("ALL_ORGANIZATIONS"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"searchable\": false}")
                .patch("/api/resumes/" + resumeId).then().statusCode(200).body("searchable", equalTo(false));
        given().auth().oauth2(owner).get("/api/resumes/" + resumeId + "/visibility").then()
                .body("visibility", equalTo("PRIVATE"));
    }

    @Test
    void badChoicesAre400AndOnlyTheOwnerDecides() {
        put(Map.of("visibility", "FRIENDS")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("visibility"));
        put(Map.of("visibility", "SELECTED_ORGANIZATIONS")).statusCode(400).body("errors[0].field", equalTo("organizations"));
        put(Map.of("visibility", "SELECTED_ORGANIZATIONS", "organizations", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("organizations"));
        put(Map.of("visibility", "PRIVATE", "organizations", List.of(orgA.toString()))).statusCode(400)
                .body("errors[0].field", equalTo("organizations"));
        put(Map.of("visibility", "SELECTED_ORGANIZATIONS", "organizations",
                Collections.nCopies(51, UUID.randomUUID().toString()))).statusCode(400)
                .body("errors[0].field", containsString("organizations"));
        put(Map.of("visibility", "SELECTED_ORGANIZATIONS", "organizations", List.of("not-a-uuid"))).statusCode(400);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{}").put("/api/resumes/" + resumeId + "/visibility")
                .then().statusCode(400).body("errors[0].field", containsString("visibility"));

        String stranger = TestTokens.candidate(UUID.randomUUID());
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("visibility", "ALL_ORGANIZATIONS"))
                .put("/api/resumes/" + resumeId + "/visibility").then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/resumes/" + resumeId + "/visibility").then().statusCode(404);
        given().auth().oauth2(recruiterA).get("/api/resumes/" + resumeId + "/visibility").then().statusCode(403);
        given().get("/api/resumes/" + resumeId + "/visibility").then().statusCode(401);
        given().auth().oauth2(owner).get("/api/resumes/" + UUID.randomUUID() + "/visibility").then().statusCode(404);
        given().auth().oauth2(owner).get("/api/resumes/" + resumeId + "/visibility").then()
                .body("visibility", equalTo("PRIVATE"));
    }

    private io.restassured.response.ValidatableResponse put(Map<String, Object> body) {
        return given().auth().oauth2(owner).contentType(ContentType.JSON).body(body)
                .put("/api/resumes/" + resumeId + "/visibility").then();
    }

    /** Reading the resume and finding it in the recruiters' search. */
    private void seenBy(String recruiter, boolean seen) {
        given().auth().oauth2(recruiter).get("/api/resumes/" + resumeId).then().statusCode(seen ? 200 : 404);
        var search = given().auth().oauth2(recruiter).queryParam("q", "zymurgy").get("/api/resumes/search").then()
                .statusCode(200);
        search.body("items.id", seen ? hasItem(resumeId.toString()) : not(hasItem(resumeId.toString())));
    }

    /** Whether matching's list of searchable resumes for this organization (null: none) holds the resume. */
    private boolean internal(UUID organization) {
        var request = given().auth().oauth2(service).queryParam("size", 500);
        if (organization != null) {
            request = request.queryParam("organization", organization.toString());
        }
        List<String> ids = request.get("/internal/resumes/searchable").then().statusCode(200).extract().path("items.resumeId");
        return ids.contains(resumeId.toString());
    }
}
