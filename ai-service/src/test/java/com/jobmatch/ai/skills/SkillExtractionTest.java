package com.jobmatch.ai.skills;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jobmatch.ai.embeddings.EmbeddingsTest;
import com.jobmatch.ai.testing.Db;
import com.jobmatch.ai.testing.FakeServices;
import com.jobmatch.common.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class SkillExtractionTest {

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restoreFakes() {
        FakeServices.stubDefaults();
    }

    @Test
    void aliasesMultiWordSkillsAndInflectionsMapToTheTaxonomy() {
        String text = "Expert in C-Sharp, JS and MS Excel. Designed relational databases and applied Machine Learning.";
        JsonPath result = extract(text, "RESUME");
        List<String> ids = result.getList("skills.skillId");
        assertTrue(ids.containsAll(List.of("sk-csharp", "sk-javascript", "sk-excel", "sk-database", "sk-ml")), ids.toString());
        List<Map<String, Object>> skills = result.getList("skills");
        for (Map<String, Object> skill : skills) {
            int start = (Integer) skill.get("start");
            int end = (Integer) skill.get("end");
            assertEquals(skill.get("matchedText"), text.substring(start, end), "span points at the matched text");
        }
        Map<String, Object> excel = skills.stream().filter(s -> s.get("skillId").equals("sk-excel")).findFirst().orElseThrow();
        assertEquals("MS Excel", excel.get("matchedText"));
        assertEquals("http://data.europa.eu/esco/skill/excel", excel.get("escoUri"));
        assertEquals("43232110", excel.get("onetCode"), "a technology carries O*NET's commodity code for it");
        assertEquals("technology", excel.get("category"));
        assertEquals("DICTIONARY", excel.get("method"));
        assertEquals("NAMED", excel.get("link"));
    }

    @Test
    void aCompetenceWrittenInTheWordsOfItsNameIsReadInAPostingsListAndInAResumeAlike() {
        // "Customer Service" comes 0.77 near maintain customer service, "Medication Administration" 0.79 near
        // administer prescribed medication: short of the 0.80 a phrase needs, but every word they say is the name's.
        JsonPath listed = extract("Customer Service\nMedication Administration", "SKILLS");
        assertEquals(List.of("sk-customer-service", "sk-medication"), listed.getList("skills.skillId"));
        List<Float> similarities = listed.getList("skills.confidence", Float.class);
        assertTrue(similarities.stream().allMatch(similarity -> similarity >= 0.70 && similarity < 0.80),
                "read at the lower bar: " + similarities);

        List<String> resume = extract("Skills: Customer Service, Medication Administration, Cash Register.", "RESUME")
                .getList("skills.skillId");
        assertTrue(resume.containsAll(List.of("sk-customer-service", "sk-medication")),
                "the same words in a resume meet the posting's requirement: " + resume);

        // A phrase that says a word the name does not keeps the higher bar (SkillLinkTest: the name's head noun too).
        List<String> other = extract("Customer Success\nMedication Reminders\nService Desk", "SKILLS").getList("skills.skillId");
        assertEquals(List.of(), other);
    }

    @Test
    void falseFriendsAreNotSkills() {
        List<String> ids = extract("I go to the office daily and excel at teamwork. We go beyond targets; Excel in every task.", "JOB")
                .getList("skills.skillId");
        assertFalse(ids.contains("sk-go"), ids.toString());
        assertFalse(ids.contains("sk-excel"), ids.toString());
        List<String> real = extract("Backend services in Go and Python, reporting in Excel.", "JOB").getList("skills.skillId");
        assertTrue(real.containsAll(List.of("sk-go", "sk-python", "sk-excel")), real.toString());
    }

    @Test
    void oneOrdinaryWordIsNotLinkedToASkillBySimilarityEither() {
        List<String> ids = extract("We are an equal opportunity employer: applicants are considered without regard to "
                + "race, color, religion, sex or national origin.\nDrivers keep logs, religion, transport.", "JOB")
                .getList("skills.skillId");
        assertFalse(ids.contains("sk-christianity"), ids.toString());
        assertFalse(ids.contains("sk-logistics"), ids.toString());
        assertTrue(extract("Studied Christianity and logistics", "RESUME").getList("skills.skillId")
                .containsAll(List.of("sk-christianity", "sk-logistics")));
    }

    @Test
    void paraphrasesTheDictionaryMissesAreFoundByEmbeddingSimilarity() {
        JsonPath result = extract("Key strengths: managing projects, Kubernetes", "RESUME");
        List<Map<String, Object>> skills = result.getList("skills");
        Map<String, Object> pm = skills.stream().filter(s -> s.get("skillId").equals("sk-pm")).findFirst().orElseThrow(
                () -> new AssertionError(skills.toString()));
        // the tagger's span or, where it finds none, a clause fragment: both are linked by embedding similarity
        assertTrue(List.of("TAGGER", "EMBEDDING").contains(pm.get("method")), pm.toString());
        assertEquals("managing projects", pm.get("matchedText"));
        // The phrase holds the words of the skill's name in other forms: it names the skill.
        assertEquals("NAMED", pm.get("link"));
        // "project planning" only comes near project management (it lacks "management"): a related link, which
        // matching credits as related, never as the skill itself.
        Map<String, Object> planning = extract("Key strengths: project planning, Kubernetes", "RESUME").<Map<String, Object>>getList("skills")
                .stream().filter(s -> s.get("skillId").equals("sk-pm")).findFirst().orElseThrow();
        assertEquals("project planning", planning.get("matchedText"));
        assertEquals("RELATED", planning.get("link"));
        List<String> unrelated = extract("Key strengths: baking bread, playing guitar", "RESUME").getList("skills.skillId");
        assertTrue(unrelated.isEmpty(), unrelated.toString());
    }

    @Test
    void oneWordIsLinkedBySimilarityOnlyToANameThatWritesIt() {
        // bench/evidence-audit-session19s.jsonl: the model reads "Energetic" near energy by its sound
        List<String> ids = extract("Energetic, motivated, detail-oriented team player.", "RESUME").getList("skills.skillId");
        assertFalse(ids.contains("sk-energy"), ids.toString());
        assertTrue(extract("Studied energy and logistics", "RESUME").getList("skills.skillId").contains("sk-energy"));
    }

    @Test
    void anAcronymIsLinkedToNoSkillBySimilarity() {
        // bench/evidence-audit-session16m.jsonl: a subject matter expert (SME) is no evidence of SMED; an acronym's
        // embedding reads its letters, not its sense, so only the dictionary's exact labels link one
        List<String> ids = extract("Roles: SME, trainer", "RESUME").getList("skills.skillId");
        assertFalse(ids.contains("sk-smed"), ids.toString());
        assertTrue(extract("Roles: SMED, trainer", "RESUME").getList("skills.skillId").contains("sk-smed"));
    }

    @Test
    void aLabelLentFromAnotherConceptIsRelatedEvidenceOnlyWhenItMeansNearlyTheSkill() {
        // ESCO lists "work environment" under monitor work site: a safe work environment is not monitoring a site
        List<String> ids = extract("Promotes a safe work environment for co-workers and customers.", "RESUME")
                .getList("skills.skillId");
        assertFalse(ids.contains("sk-work-site"), ids.toString());
        // "information technology" means nearly what computer technology means: related evidence of it
        Map<String, Object> it = extract("Bachelor of Science: information technology", "RESUME").<Map<String, Object>>getList("skills")
                .stream().filter(s -> s.get("skillId").equals("sk-computer-technology")).findFirst().orElseThrow();
        assertEquals("RELATED", it.get("link"));
    }

    @Test
    void theLastGoodTaxonomyIsKeptWhenMatchingIsDown() {
        taxonomy.current();
        FakeServices.server().stubFor(get(urlEqualTo("/api/taxonomy/export")).willReturn(aResponse().withStatus(503)));
        assertFalse(taxonomy.refresh());
        FakeServices.server().verify(getRequestedFor(urlEqualTo("/api/taxonomy/export"))
                .withHeader("Authorization", WireMock.equalTo("Bearer service-token")));
        assertTrue(extract("Python and SQL", "JOB").getList("skills.skillId").contains("sk-sql"));
    }

    @Test
    void extractionsAreStored() {
        String text = "Python for machine learning " + UUID.randomUUID();
        long before = Db.count(dataSource, "SELECT count(*) FROM skill_analyses");
        extract(text, "JOB");
        assertEquals(before + 1, Db.count(dataSource, "SELECT count(*) FROM skill_analyses"));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM skill_analyses WHERE content_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex') AND text_kind = 'JOB' AND skill_count = 2", text));
    }

    @Test
    void badInputIsRejectedAndStoresNothing() {
        long before = Db.count(dataSource, "SELECT count(*) FROM skill_analyses");
        badRequest(Map.of("text", " "), "text");
        badRequest(Map.of("text", "Python", "kind", "POEM"), "kind");
        badRequest(Map.of("text", "x".repeat(200_001)), "text");
        assertEquals(before, Db.count(dataSource, "SELECT count(*) FROM skill_analyses"));
    }

    @Test
    void onlyServicesMayExtract() {
        UUID user = UUID.randomUUID();
        Map<String, Object> body = Map.of("text", "Python");
        given().contentType(ContentType.JSON).body(body).when().post("/api/ai/skills/extract").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.tampered(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/ai/skills/extract").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.candidate(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/ai/skills/extract").then().statusCode(403);
    }

    @Test
    void aBatchFindsWhatEachTextFindsAloneInOrderAndStoresEachAnalysis() {
        String nurse = "Registered nurse: patient care, managing projects on the ward " + UUID.randomUUID();
        String developer = "Backend services in Go and Python, reporting in Excel " + UUID.randomUUID();
        String baker = "Key strengths: baking bread, playing guitar " + UUID.randomUUID();
        long before = Db.count(dataSource, "SELECT count(*) FROM skill_analyses");
        JsonPath batch = given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("text", nurse, "kind", "JOB"), Map.of("text", developer, "kind", "JOB"),
                        Map.of("text", baker))))
                .when().post("/api/ai/skills/extract/batch").then().statusCode(200).extract().jsonPath();
        assertEquals(before + 3, Db.count(dataSource, "SELECT count(*) FROM skill_analyses"));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM skill_analyses WHERE content_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex') AND text_kind = 'RESUME'", baker),
                "an item without a kind is read as a resume, as a single extraction is");

        assertEquals(3, batch.getList("results").size());
        List<String> texts = List.of(nurse, developer, baker);
        for (int i = 0; i < texts.size(); i++) {
            List<Map<String, Object>> alone = extract(texts.get(i), i < 2 ? "JOB" : "RESUME").getList("skills");
            assertEquals(alone, batch.getList("results[" + i + "].skills"), "text " + i);
        }
        assertTrue(batch.getList("results[1].skills.skillId").containsAll(List.of("sk-go", "sk-python", "sk-excel")));
        assertTrue(batch.getList("results[2].skills").isEmpty());
        assertEquals(batch.getString("results[0].taxonomyVersion"), batch.getString("results[1].taxonomyVersion"));
    }

    @Test
    void aPostingsOwnListOfSkillsIsReadItemByItem() {
        // kind SKILLS: each line was put in a skills field as a skill, so a product's name alone is the product and a
        // competence written as a noun phrase is linked; an item no label comes near is left out
        String list = "Excel\nIntensive Care Nursing\n\n  Nursing in intensive care units \nQuarkus";
        JsonPath result = extract(list, "SKILLS");
        List<Map<String, Object>> skills = result.getList("skills");
        assertEquals(List.of("sk-excel", "sk-icu", "sk-icu"), result.getList("skills.skillId"), skills.toString());
        assertEquals(List.of("Excel", "Intensive Care Nursing", "Nursing in intensive care units"), result.getList("skills.matchedText"));
        assertEquals(List.of("DICTIONARY", "DICTIONARY", "EMBEDDING"), result.getList("skills.method"));
        assertTrue(result.getBoolean("semanticIndexComplete"), "every label of the test taxonomy is embedded");
        for (Map<String, Object> skill : skills) {
            assertEquals(skill.get("matchedText"), list.substring((Integer) skill.get("start"), (Integer) skill.get("end")));
        }
        // the same word in running text needs the text to say it is the product
        assertTrue(extract("Excel", "JOB").getList("skills").isEmpty());
        // in a batch, a list is read beside texts
        JsonPath batch = given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("text", "Backend services in Go and Python", "kind", "JOB"),
                        Map.of("text", "Excel\nQuarkus", "kind", "SKILLS"))))
                .when().post("/api/ai/skills/extract/batch").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("sk-excel"), batch.getList("results[1].skills.skillId"));
        assertTrue(batch.getList("results[0].skills.skillId").contains("sk-python"));
    }

    @Test
    void badBatchesAreRejectedAndStoreNothing() {
        long before = Db.count(dataSource, "SELECT count(*) FROM skill_analyses");
        badBatch(Map.of("items", List.of()), "items");
        badBatch(Map.of(), "items");
        badBatch(Map.of("items", java.util.Collections.nCopies(65, Map.of("text", "Python"))), "items");
        badBatch(Map.of("items", List.of(Map.of("text", "Python"), Map.of("text", " "))), "items[1].text");
        badBatch(Map.of("items", List.of(Map.of("text", "x".repeat(200_001)))), "items[0].text");
        badBatch(Map.of("items", List.of(Map.of("text", "Python", "kind", "JOB"), Map.of("text", "SQL", "kind", "POEM"))),
                "items[1].kind");
        assertEquals(before, Db.count(dataSource, "SELECT count(*) FROM skill_analyses"));
    }

    @Test
    void onlyServicesMayExtractInBatches() {
        UUID user = UUID.randomUUID();
        Map<String, Object> body = Map.of("items", List.of(Map.of("text", "Python")));
        given().contentType(ContentType.JSON).body(body).when().post("/api/ai/skills/extract/batch").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.tampered(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/ai/skills/extract/batch").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.candidate(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/ai/skills/extract/batch").then().statusCode(403);
    }

    private static void badBatch(Map<String, Object> body, String field) {
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/api/ai/skills/extract/batch").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    private static void badRequest(Map<String, Object> body, String field) {
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/api/ai/skills/extract").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aSkillNamedInsideAnEmployersNameIsPartOfThatNameNotASkill() {
        // The five-resume check: every driver was asked for logistics by "Summit Ridge Logistics is looking for ...";
        // bench/evidence-audit-session32b-census.jsonl: "Flint Energy" cited as knowledge of energy.
        String posting = "Summit Ridge Logistics is looking for a Regional Truck Driver.";
        assertTrue(extract(posting, "JOB").getList("skills.skillId").contains("sk-logistics"), "read without the employer");
        assertFalse(extract(posting, "JOB", List.of("Summit Ridge Logistics")).getList("skills.skillId").contains("sk-logistics"));
        assertTrue(extract(posting + " Knowledge of logistics is a plus.", "JOB", List.of("Summit Ridge Logistics"))
                .getList("skills.skillId").contains("sk-logistics"), "the skill named outside the employer's name is read");
        String resume = "Electrical Lead Hand, Flint Energy. Tested electrical systems.";
        assertFalse(extract(resume, "RESUME", List.of("Flint Energy", "Acme")).getList("skills.skillId").contains("sk-energy"));
        assertTrue(extract(resume + " Studied energy.", "RESUME", List.of("Flint Energy")).getList("skills.skillId")
                .contains("sk-energy"));
        // Pasted text glues a role's dates to its employer.
        assertFalse(extract("Electrical Lead Hand,05/2013to09/2015Flint Energy–City,STATE,Tested electrical systems.", "RESUME",
                List.of("Flint Energy")).getList("skills.skillId").contains("sk-energy"));
        // An "employer" that is only the skill's name is a skills line the parse took for one, and a list is no name.
        assertTrue(extract("Worked at Energy on grids.", "RESUME", List.of("Energy")).getList("skills.skillId").contains("sk-energy"));
        assertTrue(extract(resume, "RESUME", List.of("Python, Flint Energy")).getList("skills.skillId").contains("sk-energy"));
        // In a batch, each text with its own employers.
        JsonPath batch = given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("text", posting, "kind", "JOB", "employers", List.of("Summit Ridge Logistics")),
                        Map.of("text", posting, "kind", "JOB"))))
                .when().post("/api/ai/skills/extract/batch").then().statusCode(200).extract().jsonPath();
        assertFalse(batch.getList("results[0].skills.skillId").contains("sk-logistics"));
        assertTrue(batch.getList("results[1].skills.skillId").contains("sk-logistics"));
    }

    @Test
    void moreEmployersThanAnyCareerHasAreABadRequestNamingTheField() {
        List<String> employers = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "Employer " + i).toList();
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("text", "Energy", "kind", "RESUME", "employers", employers))
                .when().post("/api/ai/skills/extract")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("employers"));
    }

    static JsonPath extract(String text, String kind, List<String> employers) {
        return given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("text", text, "kind", kind, "employers", employers))
                .when().post("/api/ai/skills/extract").then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath extract(String text, String kind) {
        return given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("text", text, "kind", kind))
                .when().post("/api/ai/skills/extract").then().statusCode(200).extract().jsonPath();
    }
}
