package com.jobmatch.matching.catalogue;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class JobResourceTest {

    @Inject
    AgroalDataSource db;

    private final String candidate = "Bearer " + TestTokens.candidate(UUID.randomUUID());

    @Test
    void listSearchGetStatisticsAndTheInternalProfile() {
        String p = TestJobs.uniquePrefix();
        String source = "src-" + p.substring(0, p.length() - 1);
        given().header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID())).contentType("application/json")
                .queryParam("source", source)
                .body("[" + TestJobs.posting(p + "1", "Kubernetes Platform Engineer", "Search " + p, "x").replace("\"source\":\"test\",", "")
                        + "," + TestJobs.posting(p + "2", "Forklift Driver", "Search " + p, "y").replace("\"source\":\"test\",", "") + "]")
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(2));

        given().header("Authorization", candidate).queryParam("q", "kubernetes platform").queryParam("source", source)
                .get("/api/jobs").then().statusCode(200).body("total", equalTo(1)).body("items[0].externalId", equalTo(p + "1"));
        given().header("Authorization", candidate).queryParam("source", source).queryParam("collarType", "blue")
                .get("/api/jobs").then().statusCode(200).body("total", equalTo(1)).body("items[0].title", equalTo("Forklift Driver"));
        given().header("Authorization", candidate).queryParam("workArrangement", "sometimes").get("/api/jobs")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("workArrangement"));

        String id = TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "2");
        given().header("Authorization", candidate).get("/api/jobs/" + id).then().statusCode(200)
                .body("collarType", equalTo("BLUE")).body("collarReason", equalTo("title mentions 'forklift'"))
                .body("salary.currency", equalTo("EUR")).body("canonical", equalTo(true));
        given().header("Authorization", candidate).get("/api/jobs/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/jobs/" + id).then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.expired(UUID.randomUUID())).get("/api/jobs").then().statusCode(401);

        given().header("Authorization", candidate).get("/api/jobs/statistics").then().statusCode(200)
                .body("totalJobs", greaterThanOrEqualTo(2))
                .body("bySource.'" + source + "'", equalTo(2))
                .body("byWorkArrangement.HYBRID", greaterThanOrEqualTo(2))
                .body("byExperienceLevel.'2-5'", greaterThanOrEqualTo(2))
                .body("discoveredLast24Hours", greaterThanOrEqualTo(2))
                .body("skillsInDemand", notNullValue());

        given().header("Authorization", "Bearer " + TestTokens.service("resume-service")).get("/internal/jobs/" + id + "/profile")
                .then().statusCode(200).body("jobId", equalTo(id)).body("collarType", equalTo("BLUE"))
                .body("employmentTypes", hasItem("FULL_TIME")).body("location.city", equalTo("Berlin"));
        given().header("Authorization", candidate).get("/internal/jobs/" + id + "/profile").then().statusCode(403);
        given().header("Authorization", "Bearer " + TestTokens.service("resume-service")).get("/internal/jobs/" + UUID.randomUUID() + "/profile")
                .then().statusCode(404);
    }

    /** Issue 18: a job exports as schema.org JobPosting JSON-LD, and importing the export gives the job again. */
    @Test
    void aJobExportsAsJobPostingJsonLdThatImportsBackToTheSameJob() {
        String p = TestJobs.uniquePrefix();
        String admin = "Bearer " + TestTokens.admin(UUID.randomUUID());
        String original = """
                {"@context": "https://schema.org", "@type": "JobPosting", "identifier": {"@type": "PropertyValue", "value": "%s1"},
                 "title": "Remote Data Engineer", "description": "<p>Pipelines in Python and Kafka %s</p>",
                 "url": "https://careers.example.com/jobs/%s1", "datePosted": "2026-11-02", "validThrough": "2027-01-31T00:00:00Z",
                 "hiringOrganization": {"@type": "Organization", "name": "Data %s"},
                 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Lisbon", "addressCountry": "PT"}},
                 "jobLocationType": "TELECOMMUTE", "employmentType": ["FULL_TIME", "CONTRACTOR"],
                 "skills": ["Python", "Kafka"], "jobBenefits": ["Equity"], "industry": ["Software"],
                 "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                                "value": {"@type": "QuantitativeValue", "minValue": 50000, "maxValue": 70000, "unitText": "YEAR"}}}
                """.formatted(p, p, p, p);
        given().header("Authorization", admin).contentType("application/ld+json").queryParam("source", "ld-" + p.hashCode())
                .body(original).post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(1));
        String id = TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "1");

        String exported = given().header("Authorization", candidate).accept("application/ld+json").get("/api/jobs/" + id + "/jobposting")
                .then().statusCode(200).contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org")).body("'@type'", equalTo("JobPosting"))
                .body("title", equalTo("Remote Data Engineer")).body("hiringOrganization.name", equalTo("Data " + p))
                .body("jobLocationType", equalTo("TELECOMMUTE")).body("datePosted", equalTo("2026-11-02"))
                .body("baseSalary.currency", equalTo("EUR")).body("baseSalary.value.unitText", equalTo("YEAR")).extract().asString();
        given().header("Authorization", candidate).get("/api/jobs/" + UUID.randomUUID() + "/jobposting").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/jobs/" + id + "/jobposting").then().statusCode(401);

        // The export imported as another source's posting is the same job.
        given().header("Authorization", admin).contentType("application/ld+json").queryParam("source", "again-" + p.hashCode())
                .body(exported.replace("\"value\":\"" + p + "1\"", "\"value\":\"" + p + "2\""))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(1));
        String again = TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "2");
        io.restassured.path.json.JsonPath first = given().header("Authorization", candidate).get("/api/jobs/" + id).jsonPath();
        io.restassured.path.json.JsonPath second = given().header("Authorization", candidate).get("/api/jobs/" + again).jsonPath();
        for (String field : java.util.List.of("title", "company", "location", "description", "url", "postedAt", "validThrough",
                "employmentTypes", "workArrangement", "keySkills", "benefits", "industries", "salary")) {
            org.junit.jupiter.api.Assertions.assertEquals(first.get(field), (Object) second.get(field), field);
        }
    }
}
