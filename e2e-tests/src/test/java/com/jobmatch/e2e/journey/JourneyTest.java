package com.jobmatch.e2e.journey;

import com.jobmatch.e2e.support.Accounts;
import com.jobmatch.e2e.support.Accounts.SignedIn;
import com.jobmatch.e2e.support.Repository;
import com.jobmatch.e2e.support.RunningServices;
import com.jobmatch.e2e.support.ServiceProcesses;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job seeker's journey across the four running services: register, sign in, the catalogue imported by an
 * admin, ... Each step builds on the previous one, as a person would walk it.
 */
@ExtendWith(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyTest {

    private final ServiceProcesses services;
    private final Accounts accounts;
    private SignedIn candidate;

    JourneyTest(ServiceProcesses services) {
        this.services = services;
        this.accounts = new Accounts(services);
    }

    @Test
    @Order(1)
    void aJobSeekerRegistersAndSignsIn() {
        candidate = accounts.newCandidate("Jordan Avery");
        given().header("Authorization", candidate.bearer())
                .get(services.url("user") + "/api/users/me")
                .then().statusCode(200)
                .body("email", equalTo(candidate.email()));
    }

    @Test
    @Order(2)
    void anAdminImportsTheSampleCatalogueOnceEvenWhenImportingTwice() throws Exception {
        String jobs = Files.readString(Repository.root().resolve("scripts/sample-data/jobs.json"));
        int count = JobCatalogue.count(jobs);
        SignedIn admin = accounts.admin();
        JobCatalogue.importJson(services, admin.bearer(), jobs)
                .then().statusCode(201)
                .body("totalRows", equalTo(count))
                .body("newCount", equalTo(count))
                .body("rejectedCount", equalTo(0));
        JobCatalogue.importJson(services, admin.bearer(), jobs)
                .then().statusCode(201)
                .body("newCount", equalTo(0))
                .body("unchangedCount", equalTo(count));
    }

    @Test
    @Order(3)
    void theJobSeekerFindsImportedJobsInTheCatalogue() {
        List<String> titles = given().header("Authorization", candidate.bearer())
                .queryParam("q", "nurse")
                .get(services.url("matching") + "/api/jobs")
                .then().statusCode(200)
                .body("total", greaterThan(0))
                .extract().path("items.title");
        assertTrue(titles.stream().anyMatch(title -> title.contains("Nurse")), titles.toString());
    }

    @Test
    @Order(4)
    void aCandidateCannotImportJobs() {
        given().header("Authorization", candidate.bearer()).contentType(ContentType.JSON).body("[]")
                .post(services.url("matching") + "/api/jobs/imports")
                .then().statusCode(403);
        assertEquals(403, given().header("Authorization", candidate.bearer())
                .get(services.url("user") + "/api/users").statusCode());
    }
}
