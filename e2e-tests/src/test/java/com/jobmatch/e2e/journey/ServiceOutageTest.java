package com.jobmatch.e2e.journey;

import com.jobmatch.e2e.support.Accounts;
import com.jobmatch.e2e.support.Eventually;
import com.jobmatch.e2e.support.Accounts.SignedIn;
import com.jobmatch.e2e.support.Resumes;
import com.jobmatch.e2e.support.RunningServices;
import com.jobmatch.e2e.support.ServiceProcesses;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The failure journeys: a service stops or restarts, and the others keep working without losing or repeating work. */
@ExtendWith(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceOutageTest {

    private final ServiceProcesses services;
    private final Accounts accounts;
    private final Resumes resumes;

    ServiceOutageTest(ServiceProcesses services) {
        this.services = services;
        this.accounts = new Accounts(services);
        this.resumes = new Resumes(services);
    }

    @AfterEach
    void everyServiceIsBackForTheNextJourney() {
        services.startAll();
    }

    @Test
    @Order(1)
    void tokensIssuedBeforeUserServiceStoppedKeepWorkingElsewhere() {
        SignedIn candidate = accounts.newCandidate("Outage Candidate");
        List<String> urls = List.of(services.url("resume") + "/api/resumes", services.url("matching") + "/api/jobs");
        urls.forEach(url -> given().header("Authorization", candidate.bearer()).get(url).then().statusCode(200));

        services.stop("user");
        urls.forEach(url -> given().header("Authorization", candidate.bearer()).get(url).then().statusCode(200));
        given().header("Authorization", candidate.bearer() + "x").get(urls.getFirst()).then().statusCode(401);
    }

    @Test
    @Order(2)
    void withAiServiceStoppedEverythingIsStoredAndScoredWithoutSemanticsThenEnrichedWhenItReturns() {
        SignedIn candidate = accounts.newCandidate("Patient Candidate");
        SignedIn admin = accounts.admin();
        services.stop("ai");

        UUID resumeId = resumes.uploadDemoPdf(candidate);
        JsonPath parsed = resumes.awaitParsed(candidate, resumeId);
        assertEquals("Jordan Avery", parsed.getString("resumeData.contact_info.full_name"));
        assertFalse(parsed.getBoolean("enriched"), "skills from ai-service wait until it is back");

        String posting = """
                [{"externalId": "outage-%s", "title": "Night Shift Warehouse Lead", "company": "Outage Logistics",
                  "source": "e2e", "description": "Lead the night shift: picking, packing, forklift safety."}]
                """.formatted(UUID.randomUUID());
        JobCatalogue.importJson(services, admin.bearer(), posting).then().statusCode(201).body("newCount", equalTo(1));
        given().header("Authorization", candidate.bearer()).queryParam("q", "Night Shift Warehouse Lead")
                .get(services.url("matching") + "/api/jobs")
                .then().statusCode(200).body("items.company", hasItem("Outage Logistics"));

        // Matching falls back to non-semantic scoring and says so.
        String jobId = given().header("Authorization", candidate.bearer())
                .queryParam("resumeId", resumeId.toString()).queryParam("refresh", true)
                .get(services.url("matching") + "/api/matches")
                .then().statusCode(200)
                .body("items.semanticScore", everyItem(nullValue()))
                .extract().path("items[0].jobId");
        given().header("Authorization", candidate.bearer())
                .get(services.url("matching") + "/api/matches/" + resumeId + "/jobs/" + jobId)
                .then().statusCode(200)
                .body("match.semanticAvailable", equalTo(false));

        // Once ai-service is back, the resume and the job are enriched without anyone asking again.
        services.start("ai");
        Eventually.await("the resume to be enriched after ai-service returned", Duration.ofSeconds(120), () ->
                resumes.get(candidate, resumeId).jsonPath().getBoolean("enriched") ? Optional.of(true) : Optional.empty(),
                () -> resumes.get(candidate, resumeId).asString());
        Eventually.await("the job to be enriched after ai-service returned", Duration.ofSeconds(120), () -> {
            List<Boolean> enriched = given().header("Authorization", candidate.bearer())
                    .queryParam("q", "Night Shift Warehouse Lead").get(services.url("matching") + "/api/jobs")
                    .then().statusCode(200).extract().path("items.findAll { it.company == 'Outage Logistics' }.enriched");
            return enriched.equals(List.of(true)) ? Optional.of(true) : Optional.empty();
        }, () -> "job still awaiting enrichment");
    }

    @Test
    @Order(3)
    void aResumeServiceRestartedWhileProcessingLosesNoWorkAndRepeatsNone() {
        SignedIn candidate = accounts.newCandidate("Restart Candidate");
        UUID resumeId = resumes.uploadDemoPdf(candidate);
        services.stop("resume");
        services.start("resume");

        resumes.awaitParsed(candidate, resumeId);
        given().header("Authorization", candidate.bearer())
                .get(services.url("resume") + "/api/resumes/" + resumeId + "/versions")
                .then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(1));
        resumes.get(candidate, resumeId).then().statusCode(200).body("currentVersion", equalTo(1));
    }
}
