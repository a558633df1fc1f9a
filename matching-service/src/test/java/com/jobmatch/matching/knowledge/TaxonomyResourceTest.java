package com.jobmatch.matching.knowledge;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import com.jobmatch.matching.enrichment.EnrichmentWorker;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class TaxonomyResourceTest {

    @Inject
    EnrichmentWorker worker;

    @Inject
    AgroalDataSource db;

    private final String candidate = "Bearer " + TestTokens.candidate(UUID.randomUUID());
    private final String admin = "Bearer " + TestTokens.admin(UUID.randomUUID());

    @Test
    void theShippedTaxonomyIsLoadedWithAliasesAndCategories() {
        given().header("Authorization", candidate).queryParam("q", "python").get("/api/taxonomy/skills")
                .then().statusCode(200).body("items.skillId", hasItem("python-computer-programming"))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().header("Authorization", candidate).get("/api/taxonomy/aliases/c-sharp")
                .then().statusCode(200).body("items.skillId", hasItem("c-sharp")).body("page", equalTo(0));
        given().header("Authorization", candidate).get("/api/taxonomy/aliases/Py3K")
                .then().statusCode(200).body("items[0].name", equalTo("Python (computer programming)"));
        given().header("Authorization", candidate).get("/api/taxonomy/skills/sql")
                .then().statusCode(200).body("name", equalTo("SQL")).body("synonyms", hasItem("SEQUEL"));
        given().header("Authorization", candidate).get("/api/taxonomy/skills/no-such-skill").then().statusCode(404);
        given().header("Authorization", candidate).get("/api/taxonomy/categories")
                .then().statusCode(200).body("items.category", hasItems("knowledge", "transversal", "occupational"));
        // the categories are one paged list like every other: two pages of one category are two different categories
        String first = given().header("Authorization", candidate).queryParam("size", 1).get("/api/taxonomy/categories")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1))
                .body("total", greaterThan(2)).extract().path("items[0].category");
        given().header("Authorization", candidate).queryParam("size", 1).queryParam("page", 1).get("/api/taxonomy/categories")
                .then().statusCode(200).body("items[0].category", not(equalTo(first)));
        given().header("Authorization", candidate).queryParam("page", 100_000).get("/api/taxonomy/categories")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0)).body("total", greaterThan(2));
        given().header("Authorization", candidate).queryParam("size", 0).get("/api/taxonomy/categories").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("size"));
        given().header("Authorization", candidate).queryParam("size", 101).get("/api/taxonomy/skills").then().statusCode(400);
        // Blue- and pink-collar competences are ESCO's cross-sector skills, with their ESCO URIs.
        given().header("Authorization", candidate).get("/api/taxonomy/skills/operate-forklift").then().statusCode(200)
                .body("category", equalTo("cross-sector")).body("escoUri", startsWith("http://data.europa.eu/esco/skill/"));
        given().header("Authorization", candidate).get("/api/taxonomy/aliases/drive a forklift")
                .then().statusCode(200).body("items.skillId", hasItem("operate-forklift"));
        // ESCO's skills beyond the shared URI subset carry theirs too: PostgreSQL, a knowledge skill of no subset.
        given().header("Authorization", candidate).get("/api/taxonomy/skills/postgresql").then().statusCode(200)
                .body("escoUri", equalTo("http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996"));
        assertTrue(TestJobs.count(db, "SELECT count(*) FROM matching_metadata.skills_taxonomy WHERE esco_uri IS NOT NULL") > 13_000,
                "every ESCO skill whose URI is known carries it (13,201 of 13,891)");
        // A technology carries O*NET's commodity code for it (UNSPSC 43232110, spreadsheet software); ESCO's skills none.
        given().header("Authorization", candidate).get("/api/taxonomy/skills/microsoft-excel").then().statusCode(200)
                .body("onetCode", equalTo("43232110"));
        given().header("Authorization", candidate).get("/api/taxonomy/skills/operate-forklift").then().statusCode(200)
                .body("onetCode", org.hamcrest.Matchers.nullValue());
        assertTrue(TestJobs.count(db, "SELECT count(*) FROM matching_metadata.skills_taxonomy WHERE onet_code IS NOT NULL") > 1000,
                "every technology O*NET lists carries its code");
    }

    @Test
    void exportIsTheContractForServicesAndAdmins() {
        given().header("Authorization", "Bearer " + TestTokens.service("ai-service")).get("/api/taxonomy/export")
                .then().statusCode(200).body("size()", greaterThan(10_000)).body("skillId", hasItem("sql"));
        given().header("Authorization", candidate).get("/api/taxonomy/export").then().statusCode(403);
        given().get("/api/taxonomy/export").then().statusCode(401);
    }

    @Test
    void normalizeMapsLabelsAndRejectsBadInput() {
        given().header("Authorization", candidate).contentType("application/json")
                .body("{\"labels\":[\"PostgreSQL\",\"Python\",\"underwater basket weaving\"]}").post("/api/taxonomy/normalize")
                .then().statusCode(200).body("[1].skill.skillId", equalTo("python-computer-programming"))
                .body("[2].skill", nullValue());
        given().header("Authorization", candidate).contentType("application/json").body("{\"labels\":[]}")
                .post("/api/taxonomy/normalize").then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body("{\"labels\":[\"x\"]}").post("/api/taxonomy/normalize").then().statusCode(401);
    }

    @Test
    void aCommonWordOrALabelFragmentNamesNoSkillButEveryRealAliasStill() {
        // "engineering" (an ESCO label of packaging engineering), "security" (securities), "board" (scaffolding
        // components) and "and procedures" (a fragment of a split label) are gone (migration V22).
        given().header("Authorization", candidate).contentType("application/json")
                .body("{\"labels\":[\"engineering\",\"security\",\"board\",\"and procedures\",\"python\",\"bookkeeping\",\"packaging engineering\"]}")
                .post("/api/taxonomy/normalize").then().statusCode(200)
                .body("[0].skill", nullValue()).body("[1].skill", nullValue()).body("[2].skill", nullValue())
                .body("[3].skill", nullValue())
                .body("[4].skill.skillId", equalTo("python-computer-programming"))
                .body("[5].skill.skillId", equalTo("accounting"))
                .body("[6].skill.skillId", equalTo("packaging-engineering"));
        given().header("Authorization", candidate).get("/api/taxonomy/skills/packaging-engineering").then().statusCode(200)
                .body("synonyms", hasItem("packaging manufacture")).body("synonyms", not(hasItem("engineering")));
    }

    @Test
    void aStackOverflowTagNamesASkillOnlyThroughItsNameNotThroughACommonWordLabel() {
        // "cybersecurity" and "web-security" reached securities through ESCO's label "security", and
        // "java-collections-api" art collections through "collection"; "core-java" reaches Java through its name.
        given().header("Authorization", candidate).contentType("application/json")
                .body("{\"labels\":[\"cybersecurity\",\"web-security\",\"java-collections-api\",\"core-java\",\"stocks and bonds\"]}")
                .post("/api/taxonomy/normalize").then().statusCode(200)
                .body("[0].skill", nullValue()).body("[1].skill", nullValue()).body("[2].skill", nullValue())
                .body("[3].skill.skillId", equalTo("java-computer-programming"))
                .body("[4].skill.skillId", equalTo("securities"));
    }

    @Test
    void aLabelEscoLendsFromAnotherSkillOrAToolIsNoAlias() {
        // ESCO lists "project management" and "managing projects" under project commissioning, and "keras" and
        // "tensorflow" under computer vision; a skill's own short name and initials stay its aliases.
        given().header("Authorization", candidate).contentType("application/json")
                .body("{\"labels\":[\"managing projects\",\"project managing\",\"keras\",\"project management\",\"NLP\",\"Android\"]}")
                .post("/api/taxonomy/normalize").then().statusCode(200)
                .body("[0].skill.skillId", not(equalTo("project-commissioning")))
                .body("[1].skill.skillId", not(equalTo("project-commissioning")))
                .body("[2].skill.skillId", not(equalTo("computer-vision")))
                .body("[3].skill.skillId", equalTo("project-management"))
                .body("[4].skill.skillId", equalTo("natural-language-processing"))
                .body("[5].skill.skillId", equalTo("android-mobile-operating-systems"));
    }

    @Test
    void aToolWhoseOnlyLabelAnEscoSkillBorrowedIsASkillOfItsOwn() {
        // Once "tensorflow" and "git" stopped naming computer vision and configuration management tools, they named
        // nothing until the taxonomy gave them their own skills (V38); a vendor ("Google") names none.
        given().header("Authorization", candidate).contentType("application/json")
                .body("{\"labels\":[\"Git\",\"TensorFlow\",\"Bash\",\"Selenium\",\"Google\"]}")
                .post("/api/taxonomy/normalize").then().statusCode(200)
                .body("[0].skill.skillId", equalTo("git")).body("[0].skill.category", equalTo("file versioning software"))
                .body("[1].skill.skillId", equalTo("tensorflow"))
                .body("[2].skill.skillId", equalTo("bash"))
                .body("[3].skill.skillId", equalTo("selenium"))
                .body("[4].skill", nullValue());
    }

    @Test
    void similarityAndCategoryCompatibilityAreRecomputedOnDemand() {
        String p = TestJobs.uniquePrefix();
        given().header("Authorization", admin).contentType("application/json")
                .body(TestJobs.array(TestJobs.posting(p + "1", "Analyst", "Sim A " + p, "x"),
                        TestJobs.posting(p + "2", "Analyst", "Sim B " + p, "y")))
                .post("/api/jobs/imports").then().statusCode(201);
        worker.processDue();
        FakeServices.server().stubFor(get(urlPathEqualTo("/internal/resumes/searchable")).withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("0"))
                .willReturn(okJson(careers(3, "Software", "Finance", 0) + ",\"page\":0,\"size\":3,\"total\":6}")));
        FakeServices.server().stubFor(get(urlPathEqualTo("/internal/resumes/searchable")).withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .willReturn(okJson(careersMixed() + ",\"page\":1,\"size\":3,\"total\":6}")));

        given().header("Authorization", candidate).post("/api/taxonomy/metadata/recompute").then().statusCode(403);
        given().header("Authorization", admin).post("/api/taxonomy/metadata/recompute").then().statusCode(200)
                .body("careersRead", equalTo(6)).body("categoryEdges", equalTo(2)).body("similarityPairs", greaterThan(0));

        given().header("Authorization", candidate).get("/api/taxonomy/skills/python-computer-programming/similar")
                .then().statusCode(200).body("items.find { it.skillId == 'sql' }.jaccardSimilarity", equalTo(1.0f)).body("size", equalTo(20));
        given().header("Authorization", candidate).queryParam("from", "Software").get("/api/taxonomy/category-compatibility")
                .then().statusCode(200)
                .body("items.find { it.toCategory == 'finance' }.transitionProbability", equalTo(0.6667f))
                .body("items.find { it.toCategory == 'finance' }.sampleSize", equalTo(6))
                .body("items.find { it.toCategory == 'software' }.transitionCount", equalTo(2)).body("total", equalTo(2));
        given().header("Authorization", candidate).queryParam("from", "finance").get("/api/taxonomy/category-compatibility")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
        assertEquals(1, TestJobs.count(db, "SELECT count(*) FROM matching_metadata.skills_taxonomy WHERE slug = 'sql' AND frequency >= 2"));
        given().header("Authorization", candidate).get("/api/jobs/statistics").then().statusCode(200)
                .body("skillsInDemand.skillId", hasItems("sql", "python-computer-programming"));
    }

    /** {@code n} careers moving from one industry to another (the page's items). */
    private static String careers(int n, String from, String to, int offset) {
        StringBuilder items = new StringBuilder("{\"items\":[");
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : ",").append(career(offset + i, from, to));
        }
        return items.append("]").toString();
    }

    private static String careersMixed() {
        return "{\"items\":[" + career(3, "Software", "Finance") + "," + career(4, "software", "Software") + ","
                + career(5, "Software", "Software") + "]";
    }

    private static String career(int i, String from, String to) {
        return """
                {"userId":"%s","experience":[
                  {"title":"Later","industry":"%s","startDate":"2022-01-01"},
                  {"title":"Earlier","industry":"%s","startDate":"2018-01-01"}],"enriched":true}"""
                .formatted(new UUID(0, i + 1), to, from);
    }
}
