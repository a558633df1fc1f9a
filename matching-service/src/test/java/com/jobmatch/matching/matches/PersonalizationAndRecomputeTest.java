package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.RowLock;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.api.ResumeChangedEvent;
import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Profiles;
import com.jobmatch.matching.knowledge.KnowledgeStore;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class PersonalizationAndRecomputeTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KnowledgeStore knowledge;
    @Inject
    RecomputeWorker recompute;
    @Inject
    RecomputeQueueStore queue;
    @Inject
    DeepAnalysisWorker deepAnalysis;

    Catalogue catalogue;
    UUID javaShop;
    UUID dataShop;

    @BeforeEach
    void catalogue() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        catalogue.skill("java", "Java");
        catalogue.skill("spark", "Spark");
        knowledge.reload();
        // Equally close to the resume, equally skilled and the same occupation: only personalization can separate them.
        javaShop = catalogue.job("Platform Engineer", "Alpha", "Berlin", "REMOTE", vector(0, 1, 0.3),
                new String[] {"java"}, new String[0]);
        dataShop = catalogue.job("Platform Engineer", "Beta", "Berlin", "REMOTE", vector(0, 2, 0.3),
                new String[] {"spark"}, new String[0]);
        Catalogue.stubProfile(RESUME, Profiles.candidate(OWNER, RESUME, List.of(
                Profiles.skill("java", "Java", "Java at Acme"), Profiles.skill("spark", "Spark", "Spark at Acme"))));
        Catalogue.stubPreferences(OWNER, new CandidatePreferences(OWNER, List.of(), List.of(), List.of(), Set.of(),
                Set.of(), null, false, false, List.of(), List.of(), List.of(), 10, null));
        Catalogue.stubEmbedding(vector(0, 3, 0.2));
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    private String owner() {
        return "Bearer " + TestTokens.candidate(OWNER);
    }

    private List<String> ranking() {
        return given().header("Authorization", owner()).when().get("/api/matches?resumeId=" + RESUME + "&refresh=true")
                .then().statusCode(200).extract().jsonPath().getList("items.jobId");
    }

    private void post(String path, Map<String, Object> body, int status) {
        given().header("Authorization", owner()).contentType(ContentType.JSON).body(body)
                .when().post("/api/matches/" + RESUME + "/jobs/" + path).then().statusCode(status);
    }

    @Test
    void feedbackAndInteractionsChangeLaterRankingsAndDismissedJobsNeverReturn() {
        List<String> before = ranking();
        assertEquals(2, before.size());
        post(dataShop + "/feedback", Map.of("helpful", true, "reason", "right field"), 201);
        post(dataShop + "/interactions", Map.of("type", "SAVED"), 201);
        post(javaShop + "/feedback", Map.of("helpful", false, "reason", "wrong field"), 201);
        assertEquals(List.of(dataShop.toString(), javaShop.toString()), ranking());

        post(dataShop + "/interactions", Map.of("type", "DISMISSED"), 201);
        assertEquals(List.of(javaShop.toString()), ranking());
        given().header("Authorization", owner()).when().get("/api/matches/interactions").then().statusCode(200)
                .body("items.type", hasItem("DISMISSED"));
    }

    @Test
    void aSavedJobTheRankingNoLongerRetrievesIsScoredAgainWithTheNewPreferences() {
        ranking();
        post(javaShop + "/interactions", Map.of("type", "SAVED"), 201);
        given().header("Authorization", owner()).when().get("/api/matches?resumeId=" + RESUME).then().statusCode(200)
                .body("items.find { it.jobId == '%s' }.preferenceFit".formatted(javaShop), equalTo(null));
        // On-site work only: both remote jobs are filtered out of the ranking; the saved one stays on the list, and
        // says how it suits the new preferences (not at all), not what it said when saved (nothing asked).
        Catalogue.stubPreferences(OWNER, new CandidatePreferences(OWNER, List.of(), List.of(), List.of(),
                Set.of(WorkArrangement.ONSITE), Set.of(), null, false, false, List.of(), List.of(), List.of(), 10, null));
        assertEquals(List.of(javaShop.toString()), ranking());
        given().header("Authorization", owner()).when().get("/api/matches?resumeId=" + RESUME).then().statusCode(200)
                .body("items[0].status", equalTo("SAVED")).body("items[0].preferenceFit", equalTo(0.0f));
    }

    @Test
    void newMatchesAboveTheThresholdAreNotified() {
        ranking();
        given().header("Authorization", owner()).when().get("/api/matches/notifications").then().statusCode(200)
                .body("items.kind", hasItem("NEW_MATCH")).body("items.jobId", hasItem(javaShop.toString()));
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID()))
                .when().get("/api/matches/notifications").then().statusCode(200).body("items.size()", equalTo(0))
                .body("total", equalTo(0));
    }

    @Test
    void badInteractionsAreRefusedAndStoreNothing() {
        post(javaShop + "/interactions", Map.of("type", "LOVED"), 400);
        post(javaShop + "/feedback", Map.of("reason", "no verdict"), 400);
        post(UUID.randomUUID() + "/interactions", Map.of("type", "SAVED"), 404);
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("type", "SAVED")).when().post("/api/matches/" + RESUME + "/jobs/" + javaShop + "/interactions")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("type", "SAVED"))
                .when().post("/api/matches/" + RESUME + "/jobs/" + javaShop + "/interactions").then().statusCode(401);
        assertEquals(0, catalogue.count("SELECT count(*) FROM matching_metadata.user_job_interactions"));
        assertEquals(0, catalogue.count("SELECT count(*) FROM matching_metadata.match_feedback"));
    }

    /**
     * resume-service down (503): the first task of the pass records its failed attempt, the rest of the pass is given
     * back untried (attempt not counted, no error), instead of each burning an attempt against the outage.
     */
    @Test
    void anOutageOfResumeServiceGivesTheRestOfThePassBackUntried() {
        var down = FakeServices.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/internal/resumes/[^/]+/candidate-profile"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        try {
            for (int i = 0; i < 3; i++) {
                queue.enqueue(RecomputeTask.Reason.RESUME, UUID.randomUUID(), UUID.randomUUID(), null);
            }
            assertEquals(0, recompute.drain());
            assertEquals(1, catalogue.count("""
                    SELECT count(*) FROM match_recompute_queue WHERE attempts = 1 AND status = 'pending'
                      AND last_error LIKE 'ProblemException: Resumes cannot be read right now%'"""), "one attempt recorded");
            assertEquals(2, catalogue.count("""
                    SELECT count(*) FROM match_recompute_queue WHERE attempts = 0 AND status = 'pending'
                      AND last_error IS NULL AND lease_token IS NULL"""), "the rest given back untried");
        } finally {
            FakeServices.server().removeStub(down);
        }
    }

    @Test
    void resumeAndPreferenceChangesAreRecomputedDurably() {
        ranking();
        given().header("Authorization", "Bearer " + TestTokens.service("resume-service")).contentType(ContentType.JSON)
                .body(new ResumeChangedEvent(OWNER, RESUME, 2, false))
                .when().post("/internal/matching/resume-changed").then().statusCode(204);
        given().header("Authorization", "Bearer " + TestTokens.service("user-service"))
                .when().post("/internal/matching/users/" + OWNER + "/preferences-changed").then().statusCode(204);
        given().header("Authorization", owner()).contentType(ContentType.JSON)
                .body(new ResumeChangedEvent(OWNER, RESUME, 2, false))
                .when().post("/internal/matching/resume-changed").then().statusCode(403);
        assertEquals(2, catalogue.count("SELECT count(*) FROM match_recompute_queue"));

        catalogue.execute("UPDATE jobs SET title = 'Senior Platform Engineer', content_hash = 'changed' WHERE id = '" + javaShop + "'");
        assertEquals(3, catalogue.count("SELECT count(*) FROM match_recompute_queue"), "a changed job is queued by trigger");
        Catalogue.removeStubs();
        Catalogue.stubAiDown();
        Catalogue.stubProfile(RESUME, Profiles.version(Profiles.candidate(OWNER, RESUME, List.of()), 2,
                "Platform engineer, now without a skills section"));
        recompute.drain();
        recompute.drain();
        assertEquals(0, catalogue.count("SELECT count(*) FROM match_recompute_queue"));
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_job_matches WHERE semantic_score IS NOT NULL"),
                "recomputed without ai-service, so without semantic scores");

        given().header("Authorization", "Bearer " + TestTokens.service("resume-service")).contentType(ContentType.JSON)
                .body(new ResumeChangedEvent(OWNER, RESUME, 3, true))
                .when().post("/internal/matching/resume-changed").then().statusCode(204);
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_job_matches WHERE resume_id = '" + RESUME + "'"));
    }

    @Test
    void deepAnalysisIsStoredAndSaysSoWhenAiServiceIsDown() {
        // A resume version that reads like the platform job: semantic score of at least 50, worth an analysis.
        Catalogue.stubProfile(RESUME, Profiles.version(Profiles.candidate(OWNER, RESUME, List.of(
                Profiles.skill("java", "Java", "Java at Acme"))), 7, "Platform engineer"));
        Catalogue.stubEmbedding(vector(0, 1, 0.3));
        ranking();
        assertTrue(catalogue.count("SELECT count(*) FROM user_job_matches WHERE analysis_status = 'PENDING'") > 0);
        Catalogue.stubAnalysis(Map.of("requiredSkillsMatched", 1, "requiredSkillsTotal", 1, "skillMatchPercentage", 100.0,
                "narrative", "Strong platform background", "narrativeSource", "LLM", "llmScore", 82.0));
        deepAnalysis.analyzePending();
        given().header("Authorization", owner()).when().get("/api/matches?resumeId=" + RESUME).then().statusCode(200)
                .body("items[0].analysisStatus", equalTo("DONE"))
                .body("items[0].llmScore", equalTo(82.0f))
                .body("items[0].llmReasoning", equalTo("Strong platform background"));

        Catalogue.removeStubs();
        catalogue.execute("UPDATE user_job_matches SET analysis_status = 'PENDING'");
        Catalogue.stubProfile(RESUME, Profiles.candidate(OWNER, RESUME, List.of()));
        Catalogue.stubAiDown();
        deepAnalysis.analyzePending();
        given().header("Authorization", owner()).when().get("/api/matches?resumeId=" + RESUME).then().statusCode(200)
                .body("items.analysisStatus", not(hasItem("PENDING")))
                .body("items[0].analysisStatus", equalTo("UNAVAILABLE"));
    }

    @Test
    void anAnalysisStoredJustAfterANewRankingKeepsTheNewRankingsScores() throws Exception {
        Catalogue.stubProfile(RESUME, Profiles.version(Profiles.candidate(OWNER, RESUME, List.of(
                Profiles.skill("java", "Java", "Java at Acme"))), 7, "Platform engineer"));
        Catalogue.stubEmbedding(vector(0, 1, 0.3));
        ranking();
        Catalogue.stubAnalysis(Map.of("requiredSkillsMatched", 1, "requiredSkillsTotal", 1, "skillMatchPercentage", 100.0,
                "narrative", "Strong platform background", "narrativeSource", "LLM", "llmScore", 82.0));
        // A new ranking of the analysed matches is being stored (its rows locked, not yet committed) when the analysis
        // has read them and goes to store its own columns: it waits, and must not write what it read back. The ranking
        // gives the same scores (a changed score would queue the analysis again, as for the same weights saved again).
        long rescored;
        try (RowLock newRanking = RowLock.update(dataSource, """
                UPDATE user_job_matches SET match_reasoning = 'ranked again', computed_at = now() + interval '1 hour'
                WHERE analysis_status = 'PENDING'""")) {
            rescored = newRanking.rows();
            assertTrue(rescored > 0);
            CompletableFuture<Integer> analysis = CompletableFuture.supplyAsync(deepAnalysis::analyzePending);
            newRanking.awaitWaitingWriter();
            newRanking.commit();
            assertEquals(rescored, analysis.get(60, TimeUnit.SECONDS).longValue());
        }
        assertEquals(rescored, catalogue.count("""
                SELECT count(*) FROM user_job_matches WHERE match_reasoning = 'ranked again' AND computed_at > now()
                  AND analysis_status = 'DONE' AND llm_score = 0.82"""));
    }

    @Test
    void aJobSavedWhileARankingIsStoredStaysSaved() throws Exception {
        ranking();
        // The person saves a job while a new ranking of the resume is being computed: the ranking has read the match
        // as NEW and waits for the save's lock to store its scores; it must not write the status it read back.
        try (RowLock save = RowLock.update(dataSource,
                "UPDATE user_job_matches SET status = 'SAVED' WHERE job_id = '" + javaShop + "'")) {
            assertEquals(1, save.rows());
            CompletableFuture<List<String>> newRanking = CompletableFuture.supplyAsync(this::ranking);
            save.awaitWaitingWriter();
            save.commit();
            assertTrue(newRanking.get(60, TimeUnit.SECONDS).contains(javaShop.toString()));
        }
        assertEquals(1, catalogue.count("SELECT count(*) FROM user_job_matches WHERE job_id = '" + javaShop
                + "' AND status = 'SAVED' AND computed_at > now() - interval '1 minute'"));
    }

    @Test
    void aPairExplainedByTwoRequestsAtOnceIsStoredOnceAndBothAreAnswered() throws Exception {
        ranking();
        // Another request explaining the same pair has inserted its row and not yet committed: this one waits for it
        // and then stores its explanation in that row, instead of inserting a second and failing on the unique key.
        try (RowLock other = RowLock.update(dataSource, "INSERT INTO matching_metadata.match_explanations (user_id, resume_id, job_id)"
                + " VALUES ('" + OWNER + "', '" + RESUME + "', '" + javaShop + "')")) {
            CompletableFuture<Integer> explained = CompletableFuture.supplyAsync(() -> given()
                    .header("Authorization", owner()).when().get("/api/matches/" + RESUME + "/jobs/" + javaShop)
                    .then().extract().statusCode());
            other.awaitWaitingWriter();
            other.commit();
            assertEquals(200, explained.get(60, TimeUnit.SECONDS));
        }
        assertEquals(1, catalogue.count("SELECT count(*) FROM matching_metadata.match_explanations WHERE resume_id = '"
                + RESUME + "' AND job_id = '" + javaShop + "' AND overall_score IS NOT NULL"));
    }
}
