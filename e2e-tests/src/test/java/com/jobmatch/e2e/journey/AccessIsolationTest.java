package com.jobmatch.e2e.journey;

import com.jobmatch.e2e.support.Accounts;
import com.jobmatch.e2e.support.Accounts.SignedIn;
import com.jobmatch.e2e.support.Resumes;
import com.jobmatch.e2e.support.RunningServices;
import com.jobmatch.e2e.support.ServiceProcesses;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One person's token never reaches another person's data, and candidates stay out of admin and service-only endpoints. */
@ExtendWith(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIsolationTest {

    private final ServiceProcesses services;
    private final Accounts accounts;
    private final Resumes resumes;
    private SignedIn owner;
    private SignedIn stranger;
    private UUID ownersResume;

    AccessIsolationTest(ServiceProcesses services) {
        this.services = services;
        this.accounts = new Accounts(services);
        this.resumes = new Resumes(services);
    }

    @BeforeAll
    void twoCandidatesOneWithAResume() {
        owner = accounts.newCandidate("Resume Owner");
        stranger = accounts.newCandidate("Someone Else");
        ownersResume = resumes.uploadDemoPdf(owner);
    }

    @Test
    void anotherCandidateCannotReadListOrDownloadSomeoneElsesResume() {
        resumes.get(stranger, ownersResume).then().statusCode(404);
        given().header("Authorization", stranger.bearer())
                .get(services.url("resume") + "/api/resumes/" + ownersResume + "/file")
                .then().statusCode(404);
        List<String> listed = given().header("Authorization", stranger.bearer())
                .get(services.url("resume") + "/api/resumes")
                .then().statusCode(200)
                .extract().path("items.id");
        assertFalse(listed.contains(ownersResume.toString()));
        resumes.get(owner, ownersResume).then().statusCode(200);
    }

    @Test
    void preferencesAreAlwaysTheCallersOwn() {
        given().header("Authorization", owner.bearer()).contentType(ContentType.JSON)
                .body("{\"desiredTitles\":[\"Lighthouse Keeper\"]}")
                .put(services.url("user") + "/api/users/me/preferences")
                .then().statusCode(200);
        String strangersPreferences = given().header("Authorization", stranger.bearer())
                .get(services.url("user") + "/api/users/me/preferences").then().statusCode(200).extract().asString();
        assertFalse(strangersPreferences.contains("Lighthouse Keeper"), strangersPreferences);
        given().header("Authorization", stranger.bearer())
                .get(services.url("user") + "/internal/users/" + owner.userId() + "/preferences")
                .then().statusCode(403);
    }

    @Test
    void aCandidateCannotCallAdminEndpoints() {
        assertEquals(403, given().header("Authorization", owner.bearer()).get(services.url("user") + "/api/users").statusCode());
        assertEquals(403, given().header("Authorization", owner.bearer()).contentType(ContentType.JSON).body("[]")
                .post(services.url("resume") + "/api/admin/resumes/legacy-import").statusCode());
        assertEquals(403, given().header("Authorization", owner.bearer()).contentType(ContentType.JSON).body("[]")
                .post(services.url("matching") + "/api/jobs/imports").statusCode());
    }

    @Test
    void aCandidateCannotCallServiceOnlyEndpointsEvenForTheirOwnData() {
        assertEquals(403, given().header("Authorization", owner.bearer())
                .get(services.url("resume") + "/internal/resumes/" + ownersResume + "/candidate-profile").statusCode());
        assertEquals(403, given().header("Authorization", owner.bearer())
                .get(services.url("matching") + "/internal/jobs/" + UUID.randomUUID() + "/profile").statusCode());
        assertEquals(403, given().header("Authorization", owner.bearer()).contentType(ContentType.JSON)
                .body("{\"texts\":[\"java\"]}")
                .post(services.url("ai") + "/api/ai/embeddings").statusCode());
    }

    @Test
    void withoutAValidTokenNothingIsServed() {
        for (String url : List.of(services.url("user") + "/api/users/me", services.url("resume") + "/api/resumes",
                services.url("matching") + "/api/jobs")) {
            assertEquals(401, given().get(url).statusCode(), url);
            assertEquals(401, given().header("Authorization", "Bearer " + owner.accessToken() + "x").get(url).statusCode(), url);
        }
    }
}
