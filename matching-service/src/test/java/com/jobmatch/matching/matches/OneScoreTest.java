package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.scoring.NearestOccupationTest;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.testing.PostingEmbeddings;
import com.jobmatch.matching.testing.Profiles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, one score: a posting that names no occupation in its title or opening is taken for the same occupation
 * wherever it is scored, so its experience, education and category sub-scores and its overall score are the same in
 * a ranking (the stored match list) as in its explanation; and a guessed occupation counts for category too, at low
 * confidence, said to be inferred, while a named one counts as before.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class OneScoreTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID RESUME = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MatchingService matching;

    Catalogue catalogue;
    CandidateProfile nurse;

    @BeforeEach
    void nurse() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        // Five years as a nurse, a bachelor's degree.
        nurse = Profiles.candidate(OWNER, RESUME, List.of(),
                List.of(new ExperienceEntry("Staff Nurse", "St. Mary's", "health care", "Berlin", null, null, false, 60,
                        "Cared for patients on a surgical ward", List.of())),
                List.of(new EducationEntry("Charité", "BSc Nursing", EducationLevel.BACHELOR, "Nursing", null, null)));
        Catalogue.stubProfile(RESUME, nurse);
        Catalogue.stubEmbedding(vector(0, 1, 0.3));
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    @Test
    void aPostingThatNamesNoOccupationScoresTheSameInTheRankingAsInItsExplanation() {
        // Taken for a nurse from the labels its text uses, and for an accountancy occupation by its embedding.
        UUID ward = posting("Posting 17", InferredRequirementsTest.WARD_POSTING, vector(0, 1, 0.3));
        String title = "Posting 20";
        UUID bookkeeping = posting(title, NearestOccupationTest.BOOKKEEPING,
                PostingEmbeddings.of(title, NearestOccupationTest.BOOKKEEPING));

        JsonPath list = given().header("Authorization", "Bearer " + TestTokens.candidate(OWNER))
                .when().get("/api/matches?resumeId=" + RESUME + "&size=50")
                .then().statusCode(200).extract().jsonPath();
        Map<UUID, ScoredMatch> ranked = rankedBy(matching.rank(nurse));

        for (UUID job : List.of(ward, bookkeeping)) {
            JsonPath explained = detail(job);
            Map<String, Object> row = list.getMap("items.find { it.jobId == '" + job + "' }");
            assertNotNull(row, "the job is in the stored list: " + list.prettify());
            assertEquals(explained.getDouble("match.overallScore"), ((Number) row.get("overallScore")).doubleValue(), 1e-4,
                    "the stored list's score is the explanation's");
            assertEquals(explained.getDouble("match.confidence"), ((Number) row.get("confidence")).doubleValue(), 1e-4);
            assertEquals(String.join("\n", explained.<String>getList("match.reasons")), row.get("reasoning"),
                    "the same reasons, read from the same occupation");

            var sub = ranked.get(job).result().subScores();
            assertSameScore(explained, "experience", sub.experience());
            assertSameScore(explained, "qualification", sub.qualification());
            assertSameScore(explained, "category", sub.category());
            assertEquals(explained.getDouble("match.overallScore"), ranked.get(job).result().overallScore(), 1e-4);
        }
        // Both guesses are used in the ranking, not only in the explanation: a quarter of the way from neutral.
        assertEquals(62.5, ranked.get(ward).result().subScores().experience(), 0.05);
        assertEquals(62.5, ranked.get(bookkeeping).result().subScores().qualification(), 0.05);
    }

    @Test
    void aGuessedOccupationCountsForCategoryAtLowConfidenceAndANamedOneAsBefore() {
        UUID guessed = posting("Posting 17", InferredRequirementsTest.WARD_POSTING, vector(0, 1, 0.3));
        UUID named = posting("Staff Nurse", InferredRequirementsTest.WARD_POSTING, vector(0, 1, 0.3));

        JsonPath inferred = detail(guessed);
        JsonPath stated = detail(named);

        // The nurse's own occupation for the one the posting is taken for: the same, counted a quarter of the way from
        // the neutral 50, and said to be a guess.
        Number category = inferred.get("match.subScores.category");
        assertNotNull(category, "a guessed occupation gives the category a score");
        assertEquals(62.5, category.doubleValue(), 0.05);
        List<String> reasons = inferred.getList("match.reasons");
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("Occupation: ") && r.contains("the same occupation")
                && r.contains("the job names no occupation: its text reads like work as nurse (inferred")), reasons.toString());
        // Named in the title: the same occupation in full, as before, and no word of a guess.
        assertEquals(100.0, stated.getDouble("match.subScores.category"), 0.05);
        List<String> namedReasons = stated.getList("match.reasons");
        assertTrue(namedReasons.stream().anyMatch(r -> r.startsWith("Occupation: ") && r.endsWith("the same occupation")),
                namedReasons.toString());
        assertFalse(namedReasons.stream().anyMatch(r -> r.startsWith("Occupation: ") && r.contains("inferred")),
                namedReasons.toString());
        assertTrue(inferred.getDouble("match.confidence") < stated.getDouble("match.confidence"),
                "a guessed occupation leaves the category less sure than a named one");
    }

    private static Map<UUID, ScoredMatch> rankedBy(List<ScoredMatch> ranked) {
        return ranked.stream().collect(java.util.stream.Collectors.toMap(s -> s.result().jobId(), s -> s));
    }

    /** The explanation's sub-score is the ranking's (JSON numbers read back as floats); null on both sides when unknown. */
    private static void assertSameScore(JsonPath explained, String criterion, Double ranked) {
        Number shown = explained.get("match.subScores." + criterion);
        if (ranked == null || shown == null) {
            assertEquals(ranked, shown == null ? null : shown.doubleValue(), criterion);
        } else {
            assertEquals(ranked, shown.doubleValue(), 1e-4, criterion);
        }
    }

    /** A posting with its title and text, stating no experience range or education level, and its embedding. */
    private UUID posting(String title, String description, float[] embedding) {
        UUID id = catalogue.job(title, "Riverside", "Berlin", "ONSITE", embedding, new String[0], new String[0]);
        catalogue.execute(("UPDATE jobs SET description = '%s', min_experience_months = NULL, max_experience_months = NULL, "
                + "minimum_education = NULL, ai_taxonomies_a = '{}' WHERE id = '%s'")
                .formatted(description.replace("'", "''"), id));
        return id;
    }

    private static JsonPath detail(UUID job) {
        return given().header("Authorization", "Bearer " + TestTokens.candidate(OWNER))
                .when().get("/api/matches/" + RESUME + "/jobs/" + job)
                .then().statusCode(200).extract().jsonPath();
    }
}
