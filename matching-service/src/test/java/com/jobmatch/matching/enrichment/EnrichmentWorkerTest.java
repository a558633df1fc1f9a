package com.jobmatch.matching.enrichment;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class EnrichmentWorkerTest {

    @Inject
    EnrichmentWorker worker;

    @Inject
    AgroalDataSource db;

    private final String admin = "Bearer " + TestTokens.admin(UUID.randomUUID());

    @AfterEach
    void aiBackUp() {
        FakeServices.aiUp();
    }

    @Test
    void jobsWaitInTheQueueWhileAiServiceIsDownAndCatchUpWhenItReturns() {
        FakeServices.aiDown();
        String p = TestJobs.uniquePrefix();
        given().header("Authorization", admin).contentType("application/json")
                .body(TestJobs.array(TestJobs.posting(p + "1", "Data Engineer", "Down " + p, "a"),
                        TestJobs.posting(p + "2", "Data Analyst", "Down " + p, "b")))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(2));

        worker.processDue();
        assertEquals(2, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", p + "%"), "jobs are stored");
        assertEquals(2, TestJobs.count(db, """
                SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id
                WHERE j.external_id LIKE ? AND q.attempts = 1 AND q.last_error IS NOT NULL""", p + "%"));
        assertNull(TestJobs.text(db, "SELECT enriched_at FROM jobs WHERE external_id = ?", p + "1"));

        FakeServices.aiUp();
        worker.processDue();
        assertEquals(0, TestJobs.count(db,
                "SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id WHERE j.external_id LIKE ?", p + "%"));
        assertNotNull(TestJobs.text(db, "SELECT enriched_at FROM jobs WHERE external_id = ?", p + "1"));
        assertEquals(384, TestJobs.count(db, "SELECT vector_dims(embedding) FROM jobs WHERE external_id = ?", p + "2"));
        assertEquals("python-computer-programming,sql", TestJobs.text(db, """
                SELECT string_agg(s.slug, ',' ORDER BY s.slug) FROM job_skills js
                JOIN matching_metadata.skills_taxonomy s ON s.id = js.skill_id JOIN jobs j ON j.id = js.job_id
                WHERE j.external_id = ?""", p + "1"));

        FakeServices.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/ai/embeddings"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer fake-service-token")));
        String jobId = TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "1");
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).get("/api/jobs/" + jobId)
                .then().statusCode(200).body("enrichedAt", org.hamcrest.Matchers.notNullValue())
                .body("requiredSkills.skillId", hasItem("sql"))
                .body("requiredSkills.find { it.skillId == 'python-computer-programming' }.importance", equalTo(1.0f));
    }

    @Test
    void skillsAPostingListsThatNoTaxonomySkillReadsAreKeptAsUnread() {
        String p = TestJobs.uniquePrefix();
        String posting = TestJobs.posting(p + "1", "Wind Technician", "Unread " + p, "a")
                .replace("\"keySkills\":[\"Python\"]", "\"keySkills\":[\"Python\",\"Rope Access\",\"SQL queries\",\"rope access\",\"QL\"]");
        given().header("Authorization", admin).contentType("application/json").body(TestJobs.array(posting))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(1));

        worker.processDue();
        // Python is a taxonomy name, "SQL queries" holds a skill ai-service read in the text (SQL); nothing reads "Rope
        // Access" (listed twice, kept once) nor "QL": two letters of the SQL read in the text are no reading of it
        assertEquals("Rope Access|QL", TestJobs.text(db,
                "SELECT array_to_string(unread_key_skills, '|') FROM jobs WHERE external_id = ?", p + "1"));
    }

    @Test
    void thePostingsEmployerGoesWithItsTextSoThatNoSkillIsReadFromItsName() {
        // "Summit Ridge Logistics is looking for a Regional Truck Driver" asked every driver for logistics: ai-service
        // keeps a skill named inside the employer's name apart, so it is told the employer.
        String p = TestJobs.uniquePrefix();
        given().header("Authorization", admin).contentType("application/json")
                .body(TestJobs.array(TestJobs.posting(p + "1", "Regional Truck Driver", "Summit Ridge Logistics " + p,
                        "Summit Ridge Logistics " + p + " is looking for a driver.")))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(1));

        worker.processDue();

        FakeServices.server().verify(postRequestedFor(urlPathEqualTo("/api/ai/skills/extract/batch"))
                .withRequestBody(matchingJsonPath("$.items[?(@.kind == 'JOB')].employers[0]",
                        WireMock.equalTo("Summit Ridge Logistics " + p))));
    }

    @Test
    void skillsAPostingListsAreReadAsAiServiceLinksTheList() {
        String p = TestJobs.uniquePrefix();
        String posting = TestJobs.posting(p + "1", "Warehouse Associate", "Listed " + p, "a")
                .replace("\"keySkills\":[\"Python\"]", "\"keySkills\":[\"Python\",\"Forklift Operation\",\"Climbing\"]");
        given().header("Authorization", admin).contentType("application/json").body(TestJobs.array(posting))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(1));

        worker.processDue();

        // The list went to ai-service as a list (kind SKILLS, one skill per line) beside the posting's text.
        FakeServices.server().verify(postRequestedFor(urlPathEqualTo("/api/ai/skills/extract/batch"))
                .withRequestBody(matchingJsonPath("$.items[?(@.kind == 'SKILLS')].text",
                        WireMock.containing("Python\nForklift Operation\nClimbing"))));
        // "Forklift Operation" is no taxonomy label, but ai-service linked it: a required skill, not an unread one.
        String jobId = TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "1");
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).get("/api/jobs/" + jobId)
                .then().statusCode(200).body("requiredSkills.skillId", hasItems("operate-forklift", "python-computer-programming"))
                .body("unreadSkills", equalTo(List.of("Climbing")));
        assertEquals("Climbing", TestJobs.text(db,
                "SELECT array_to_string(unread_key_skills, '|') FROM jobs WHERE external_id = ?", p + "1"));
        // the job's profile other services read says so too (ai-service's analyses score with it)
        given().header("Authorization", "Bearer " + TestTokens.service("ai-service")).get("/internal/jobs/" + jobId + "/profile")
                .then().statusCode(200).body("unreadSkills", equalTo(List.of("Climbing")));
    }

    @Test
    void aPostingReadWhileAiServiceWasStillEmbeddingItsLabelsIsKeptAndReadAgainLater() {
        String p = TestJobs.uniquePrefix();
        String partial = """
                {"taxonomyVersion":"test","semanticIndexComplete":false,"skills":[{"skillId":"sql","name":"SQL",
                 "category":"knowledge","matchedText":"SQL","start":0,"end":3,"confidence":0.9,"method":"DICTIONARY"}]}""";
        StubMapping early = FakeServices.server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract/batch")).atPriority(1)
                .withRequestBody(containing("pipelines early-" + p)).willReturn(WireMock.okJson(
                        "{\"results\":[" + partial + ",{\"taxonomyVersion\":\"test\",\"semanticIndexComplete\":false,\"skills\":[]}]}")));
        String queued = "SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id WHERE j.external_id = ?";
        try {
            given().header("Authorization", admin).contentType("application/json")
                    .body(TestJobs.array(TestJobs.posting(p + "1", "Data Engineer", "Early " + p, "You build pipelines early-" + p)))
                    .post("/api/jobs/imports").then().statusCode(201);
            worker.processDue();

            // The reading is kept (the job is enriched and can be matched now), and the job waits to be read again.
            assertNotNull(TestJobs.text(db, "SELECT enriched_at FROM jobs WHERE external_id = ?", p + "1"));
            assertEquals(1, TestJobs.count(db, queued + " AND q.status = 'pending' AND q.attempts = 0"
                    + " AND q.run_after > now() + interval '30 seconds'", p + "1"));
        } finally {
            FakeServices.server().removeStub(early);
        }
        // A minute later ai-service has every label: the job is read again, and its entry is done.
        try (var connection = db.getConnection(); var due = connection.prepareStatement(
                "UPDATE enrichment_queue SET run_after = now() WHERE job_id = (SELECT id FROM jobs WHERE external_id = ?)")) {
            due.setString(1, p + "1");
            assertEquals(1, due.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        worker.processDue();
        assertEquals(0, TestJobs.count(db, queued, p + "1"));
        assertEquals("python-computer-programming,sql", TestJobs.text(db, """
                SELECT string_agg(s.slug, ',' ORDER BY s.slug) FROM job_skills js
                JOIN matching_metadata.skills_taxonomy s ON s.id = js.skill_id JOIN jobs j ON j.id = js.job_id
                WHERE j.external_id = ?""", p + "1"));
    }

    @Test
    void claimedPostingsAreReadInOneBatchAndOnePostingAiServiceRefusesFailsAlone() {
        String p = TestJobs.uniquePrefix();
        given().header("Authorization", admin).contentType("application/json")
                .body(TestJobs.array(TestJobs.posting(p + "1", "Data Engineer", "Batch " + p, "You build pipelines in batch " + p),
                        TestJobs.posting(p + "2", "Data Analyst", "Batch " + p, "You build reports in batch " + p),
                        TestJobs.posting(p + "3", "Data Scientist", "Batch " + p, "You build models in batch " + p)))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(3));

        assertEquals(3, worker.processDue());

        // One extraction request for the three postings (each its text and its list of key skills) and one embedding
        // request for all their statements.
        FakeServices.server().verify(1, postRequestedFor(urlPathEqualTo("/api/ai/skills/extract/batch"))
                .withRequestBody(containing("batch " + p)).withRequestBody(matchingJsonPath("$.items.length()", WireMock.equalTo("6"))));
        FakeServices.server().verify(0, postRequestedFor(urlPathEqualTo("/api/ai/skills/extract")).withRequestBody(containing("batch " + p)));
        FakeServices.server().verify(1, postRequestedFor(urlPathEqualTo("/api/ai/embeddings")).withRequestBody(containing("batch " + p)));
        assertEquals(3, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ? AND enriched_at IS NOT NULL "
                + "AND vector_dims(embedding) = 384", p + "%"));
        assertEquals(6, TestJobs.count(db, "SELECT count(*) FROM job_skills js JOIN jobs j ON j.id = js.job_id WHERE j.external_id LIKE ?",
                p + "%"), "each posting keeps its own skills");

        // ai-service refuses one text (as it answers a text it cannot read: 400): the batch gets no answer, each
        // posting is then read on its own, and only the refused one waits for a retry.
        String q = TestJobs.uniquePrefix();
        List<StubMapping> refusals = List.of(
                FakeServices.server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract/batch")).atPriority(1)
                        .withRequestBody(containing("unreadable-" + q)).willReturn(aResponse().withStatus(400))),
                FakeServices.server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract")).atPriority(1)
                        .withRequestBody(containing("unreadable-" + q)).willReturn(aResponse().withStatus(400))));
        try {
            given().header("Authorization", admin).contentType("application/json")
                    .body(TestJobs.array(TestJobs.posting(q + "1", "Data Engineer", "Refused " + q, "fine"),
                            TestJobs.posting(q + "2", "Data Analyst", "Refused " + q, "unreadable-" + q),
                            TestJobs.posting(q + "3", "Data Scientist", "Refused " + q, "fine too")))
                    .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(3));

            assertEquals(2, worker.processDue());
        } finally {
            refusals.forEach(FakeServices.server()::removeStub);
        }
        assertEquals(2, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ? AND enriched_at IS NOT NULL", q + "%"));
        assertEquals(0, TestJobs.count(db, "SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id "
                + "WHERE j.external_id IN (?, ?)", q + "1", q + "3"), "the others completed");
        assertEquals(1, TestJobs.count(db, """
                SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id
                WHERE j.external_id = ? AND q.status = 'pending' AND q.attempts = 1 AND q.last_error = 'skill extraction unavailable'""",
                q + "2"));
    }

    @Test
    void aChangedJobIsEnrichedAgain() {
        String p = TestJobs.uniquePrefix();
        importOne(p, "v1");
        worker.processDue();
        assertEquals(0, TestJobs.count(db, "SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id WHERE j.external_id = ?", p + "1"));
        importOne(p, "v1");
        assertEquals(0, TestJobs.count(db, "SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id WHERE j.external_id = ?", p + "1"),
                "an unchanged job is not enriched again");
        importOne(p, "v2");
        assertEquals(1, TestJobs.count(db, "SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id WHERE j.external_id = ?", p + "1"));
        assertTrue(worker.processDue() >= 1);
    }

    @Test
    void aPostingIsEmbeddedStatementByStatementAndStoredAsTheirUnitCentroid() {
        // Jobs other test classes left queued would share this posting's embedding request (workers send the jobs
        // they claim together): enrich them first, so the request below holds this posting's statements only.
        worker.processDue();
        String p = TestJobs.uniquePrefix();
        String statements = "You will design data pipelines for our analytics platform. "
                + "You will review code and mentor two junior engineers. "
                + "We offer a yearly training budget and flexible hours.";
        given().header("Authorization", admin).contentType("application/json")
                .body(TestJobs.array(TestJobs.posting(p + "1", "Data Engineer", "Statements " + p, statements)))
                .post("/api/jobs/imports").then().statusCode(201);

        worker.processDue();

        // The title alone is too short to state anything; "Requirements: Python and SQL." and the three sentences are
        // four statements, sent in one request.
        FakeServices.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/ai/embeddings"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.texts[?(@ == '"
                        + "You will review code and mentor two junior engineers.')]"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.texts.length()",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("4"))));
        assertEquals("1.000", TestJobs.text(db, "SELECT to_char(vector_norm(embedding), 'FM0.000') FROM jobs WHERE external_id = ?", p + "1"),
                "the stored embedding is a unit vector, as retrieval's inner products assume");
    }

    @Test
    void theExperienceAndEducationAFreeTextPostingStatesBecomeItsMinimumUnlessThePostingGaveThem() {
        String p = TestJobs.uniquePrefix();
        given().header("Authorization", admin).contentType("application/json")
                .body(TestJobs.array(
                        TestJobs.posting(p + "1", "Data Engineer", "Years " + p,
                                "You bring 5+ years of data engineering experience and a Bachelor's degree in CS."),
                        TestJobs.posting(p + "2", "Data Analyst", "Years " + p, "Curious minds welcome.")))
                .post("/api/jobs/imports").then().statusCode(201);
        given().header("Authorization", admin).contentType("application/ld+json").body("""
                        {"@context":"https://schema.org","@type":"JobPosting","identifier":"%1$s3","title":"Data Lead",
                         "hiringOrganization":"Years %1$s","datePosted":"2026-01-05",
                         "description":"You bring 5+ years of data engineering experience.",
                         "experienceRequirements":{"@type":"OccupationalExperienceRequirements","monthsOfExperience":24}}"""
                        .formatted(p))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(1));

        worker.processDue();

        assertEquals(60, TestJobs.count(db, "SELECT min_experience_months FROM jobs WHERE external_id = ?", p + "1"));
        assertEquals(0, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id = ? AND min_experience_months IS NOT NULL",
                p + "2"), "a posting that states no years gets no minimum");
        assertEquals(24, TestJobs.count(db, "SELECT min_experience_months FROM jobs WHERE external_id = ?", p + "3"),
                "a structured range is kept");
        assertEquals("BACHELOR", TestJobs.text(db, "SELECT minimum_education FROM jobs WHERE external_id = ?", p + "1"));
        assertEquals(0, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id = ? AND minimum_education IS NOT NULL",
                p + "2"), "a posting that names no education gets no minimum");
    }

    @Test
    void theTermsAFreeTextPostingStatesAreStoredWithTheirWordsUnlessThePostingGaveThem() {
        String p = TestJobs.uniquePrefix();
        String description = "Join us! This is a full-time, hybrid role with 3 days a week in the office. "
                + "Salary range: $60,000 - $75,000 per year. You bring 3+ years of analytics experience.";
        // A posting that states its terms only in words (no structured employment type, arrangement or salary).
        given().header("Authorization", admin).contentType("application/json")
                .body("""
                        [{"externalId":"%s1","title":"Data Analyst","company":"Terms %s","location":"Berlin, Germany",
                          "source":"test","description":"%s"}]""".formatted(p, p, description))
                .post("/api/jobs/imports").then().statusCode(201);
        given().header("Authorization", admin).contentType("application/ld+json").body("""
                        {"@context":"https://schema.org","@type":"JobPosting","identifier":"%1$s2","title":"Data Lead",
                         "hiringOrganization":"Terms %1$s","datePosted":"2026-01-05","employmentType":"CONTRACTOR",
                         "jobLocationType":"TELECOMMUTE",
                         "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue",
                           "minValue":50000,"maxValue":55000,"unitText":"YEAR"}},
                         "description":"A full-time, on-site role. Salary: $90,000 per year."}""".formatted(p))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(1));

        worker.processDue();

        String stated = TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "1");
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).get("/api/jobs/" + stated)
                .then().statusCode(200)
                .body("employmentTypes", equalTo(java.util.List.of("FULL_TIME")))
                .body("workArrangement", equalTo("HYBRID"))
                .body("salary.min", equalTo(60000.0f)).body("salary.max", equalTo(75000.0f))
                .body("salary.currency", equalTo("USD")).body("salary.period", equalTo("YEAR"))
                .body("statedFacts.find { it.field == 'salary' }.quote", equalTo("$60,000 - $75,000 per year"))
                .body("statedFacts.find { it.field == 'workArrangement' }.source", equalTo("description"))
                .body("statedFacts.find { it.field == 'experience' }.value", equalTo("3"))
                .body("statedFacts.find { it.field == 'salary' }.start", equalTo(description.indexOf("$60,000")));

        String structured = TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "2");
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).get("/api/jobs/" + structured)
                .then().statusCode(200)
                .body("employmentTypes", equalTo(java.util.List.of("CONTRACT")))
                .body("workArrangement", equalTo("REMOTE"))
                .body("salary.currency", equalTo("EUR")).body("salary.min", equalTo(50000.0f))
                .body("statedFacts.field", hasItem("salary"));
    }

    @Test
    void skillsReadInAPostingsEqualOpportunityStatementAreNoRequirements() {
        String p = TestJobs.uniquePrefix();
        String title = "Accountant";
        String description = "Requirements: Python for reporting. " + p + " is an equal opportunity employer and decides "
                + "without regard to age, race, creed, color, religion, sex, national origin, ancestry or veteran status.";
        String text = title + "\n\nRequirements: Python and SQL. " + description; // TestJobs.posting's description
        int sql = text.indexOf("SQL");
        int ancestry = text.indexOf("ancestry");
        // ai-service reads "ancestry" as genealogy, as the real extractor does (the study of ancestral lines)
        String skills = """
                {"taxonomyVersion":"test","skills":[
                  {"skillId":"sql","name":"SQL","category":"knowledge","matchedText":"SQL","start":%d,"end":%d,
                   "confidence":0.9,"method":"DICTIONARY"},
                  {"skillId":"genealogy","name":"genealogy","category":"knowledge","matchedText":"ancestry",
                   "start":%d,"end":%d,"confidence":0.85,"method":"DICTIONARY"}]}""".formatted(sql, sql + 3, ancestry, ancestry + 8);
        // Read on its own (with others the answer holds too few results, and each posting is then read alone): its
        // text, then its list of key skills, which names nothing more.
        List<StubMapping> readings = List.of(
                FakeServices.server().stubFor(post(urlPathEqualTo("/api/ai/skills/extract/batch")).atPriority(1)
                        .withRequestBody(containing(p + " is an equal")).willReturn(WireMock.okJson(
                                "{\"results\":[" + skills + ",{\"taxonomyVersion\":\"test\",\"skills\":[]}]}"))));
        try {
            given().header("Authorization", admin).contentType("application/json")
                    .body(TestJobs.array(TestJobs.posting(p + "1", title, "Fair " + p, description)))
                    .post("/api/jobs/imports").then().statusCode(201);

            worker.processDue();

            String skill = "SELECT count(*) FROM job_skills js JOIN jobs j ON j.id = js.job_id JOIN matching_metadata.skills_taxonomy t ON t.id = js.skill_id "
                    + "WHERE j.external_id = ? AND t.slug = '%s'";
            assertEquals(1, TestJobs.count(db, skill.formatted("sql"), p + "1"), "the posting was read by this fake");
            assertEquals(0, TestJobs.count(db, skill.formatted("genealogy"), p + "1"),
                    "a ground the equal-opportunity statement names is asked of no candidate");
        } finally {
            readings.forEach(FakeServices.server()::removeStub);
        }
    }

    private void importOne(String p, String variant) {
        given().header("Authorization", admin).contentType("application/json")
                .body(TestJobs.array(TestJobs.posting(p + "1", "Engineer", "Again " + p, variant)))
                .post("/api/jobs/imports").then().statusCode(201);
    }
}
