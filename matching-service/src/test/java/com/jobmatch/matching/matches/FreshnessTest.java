package com.jobmatch.matching.matches;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import com.jobmatch.matching.enrichment.EnrichmentWorker;
import com.jobmatch.matching.knowledge.KnowledgeStore;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.testing.Profiles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Freshness (issue 17): a newly enriched job reaches the stored lists of the people it fits through the recompute
 * queue, without a refresh, and the lists it does not reach are left alone.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class FreshnessTest {

    static final UUID DEVELOPER = UUID.randomUUID();
    static final UUID DEVELOPER_RESUME = UUID.randomUUID();
    static final UUID NURSE = UUID.randomUUID();
    static final UUID NURSE_RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KnowledgeStore knowledge;
    @Inject
    EnrichmentWorker enrichment;
    @Inject
    RecomputeWorker recompute;

    Catalogue catalogue;
    StubMapping jobEmbedding;

    @BeforeEach
    void twoPeopleWithFullStoredLists() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        knowledge.reload();
        // 40 care jobs (as many as a ranking retrieves), all alike for the nurse: both lists are full, so each reaches
        // only as far as its farthest job.
        for (int i = 0; i < 40; i++) {
            catalogue.job("Ward Nurse " + i, "Clinic " + i, "Berlin", "ONSITE", vector(5, 10 + i, 0.3), new String[0], new String[0]);
        }
        for (UUID[] person : new UUID[][] {{DEVELOPER, DEVELOPER_RESUME}, {NURSE, NURSE_RESUME}}) {
            Catalogue.stubProfile(person[1], Profiles.candidate(person[0], person[1], Profiles.javaPostgresDocker()));
            Catalogue.stubPreferences(person[0], new CandidatePreferences(person[0], List.of(), List.of(), List.of(), Set.of(),
                    Set.of(), null, false, false, List.of(), List.of(), List.of(), 10, null));
        }
        // Each resume is embedded once per version (CandidateEmbeddings), so each ranking keeps the vector stubbed here.
        Catalogue.stubEmbedding(vector(0, 2, 0.3));
        storedList(DEVELOPER, DEVELOPER_RESUME, true);
        Catalogue.stubEmbedding(vector(5, 6, 0.0));
        storedList(NURSE, NURSE_RESUME, true);
        catalogue.execute("TRUNCATE match_recompute_queue");
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
        if (jobEmbedding != null) {
            FakeServices.server().removeStub(jobEmbedding);
        }
        FakeServices.aiUp();
    }

    @Test
    void aNewFittingJobReachesTheStoredListWithoutARefreshAndOtherListsAreNotRecomputed() {
        assertEquals(2, catalogue.count("SELECT count(*) FROM match_reach WHERE resume_id IN ('%s', '%s') AND reach IS NOT NULL"
                .formatted(DEVELOPER_RESUME, NURSE_RESUME)), "full rankings remember how far they reach");
        String nurseComputedAt = TestJobs.text(dataSource,
                "SELECT max(computed_at)::text FROM user_job_matches WHERE resume_id = CAST(? AS uuid)", NURSE_RESUME.toString());

        // A backend posting is imported; ai-service embeds each of its statements close to the developer's resume (the
        // same lean from the tests' common axis 0, the reference centre).
        String p = TestJobs.uniquePrefix();
        given().header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID())).contentType("application/json")
                .body(TestJobs.array(TestJobs.posting(p + "1", "Backend Engineer", "Fresh " + p, "Java services.")))
                .post("/api/jobs/imports").then().statusCode(201).body("newCount", equalTo(1));
        String job = TestJobs.text(dataSource, "SELECT id::text FROM jobs WHERE external_id = ?", p + "1");
        jobEmbedding = FakeServices.server().stubFor(post(urlPathEqualTo("/api/ai/embeddings")).atPriority(1)
                .willReturn(okJson("""
                        {"model":"fake-minilm","dimension":384,"vectors":[{{#each (jsonPath request.body '$.texts') as |text|}}\
                        {{#unless @first}},{{/unless}}%s{{/each}}]}""".formatted(literal(vector(0, 2, 0.25))))
                        .withTransformers("response-template")));
        storedList(DEVELOPER, DEVELOPER_RESUME, false).body("items.jobId", not(hasItem(job)));

        assertEquals(1, enrichment.processDue());
        assertEquals(1, catalogue.count("SELECT count(*) FROM match_recompute_queue WHERE reason = 'RESUME' AND resume_id = '"
                + DEVELOPER_RESUME + "'"), "the developer's ranking is queued in the enrichment's transaction");
        assertEquals(0, catalogue.count("SELECT count(*) FROM match_recompute_queue WHERE resume_id = '" + NURSE_RESUME + "'"),
                "the nurse's ranking does not reach the job: not queued");

        recompute.drain();

        storedList(DEVELOPER, DEVELOPER_RESUME, false).body("items.jobId", hasItem(job));
        assertEquals(1, catalogue.count("SELECT count(*) FROM user_job_matches WHERE resume_id = '" + DEVELOPER_RESUME
                + "' AND job_id = '" + job + "'"));
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_job_matches WHERE resume_id = '" + NURSE_RESUME
                + "' AND job_id = '" + job + "'"));
        assertNotNull(nurseComputedAt);
        assertEquals(nurseComputedAt, TestJobs.text(dataSource,
                "SELECT max(computed_at)::text FROM user_job_matches WHERE resume_id = CAST(? AS uuid)", NURSE_RESUME.toString()),
                "the nurse's stored list was not recomputed");
        assertEquals(0, catalogue.count("SELECT count(*) FROM match_recompute_queue"));
    }

    /** GET /api/matches of 20 (the stored ranking is 40 deep, so this page ranks nothing unless {@code refresh}). */
    private io.restassured.response.ValidatableResponse storedList(UUID user, UUID resume, boolean refresh) {
        return given().header("Authorization", "Bearer " + TestTokens.candidate(user))
                .get("/api/matches?resumeId=" + resume + "&size=20" + (refresh ? "&refresh=true" : ""))
                .then().statusCode(200);
    }

    private static String literal(float[] vector) {
        StringJoiner joined = new StringJoiner(",", "[", "]");
        for (float v : vector) {
            joined.add(Float.toString(v));
        }
        return joined.toString();
    }
}
