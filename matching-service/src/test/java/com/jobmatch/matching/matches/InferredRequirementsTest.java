package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
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
import java.util.UUID;

import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: a posting that states no experience range or education level and names no occupation is read for the
 * occupation its text reads most like (or, when it uses no occupation's label, the one its embedding is nearest to),
 * and judged on what that work usually asks, said to be inferred, at lower confidence and pulled toward neutral; a
 * stated range is kept; a text that reads like no work stays unknown.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class InferredRequirementsTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID RESUME = UUID.randomUUID();
    /**
     * A ward nurse's posting as pasted, no title: the employer's introduction, then one mention of the work, past the
     * opening and in no sentence that announces the opening, so nothing names its occupation the way a title does.
     */
    static final String WARD_POSTING = "Welcome to Riverside. Our community hospital has served the valley since 1952 "
            + "and is proud of the warm, respectful culture its people build every day. We offer flexible schedules, a "
            + "generous pension plan, paid time off, tuition support and free parking. Riverside values diversity and "
            + "welcomes applications from every background. On our busy medical ward, each registered nurse plans, "
            + "gives and records patient care and works closely with physicians and families.";

    @Inject
    AgroalDataSource dataSource;

    Catalogue catalogue;

    @BeforeEach
    void nurse() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        // Five years as a nurse, a bachelor's degree.
        Catalogue.stubProfile(RESUME, Profiles.candidate(OWNER, RESUME, List.of(),
                List.of(new ExperienceEntry("Staff Nurse", "St. Mary's", "health care", "Berlin", null, null, false, 60,
                        "Cared for patients on a surgical ward", List.of())),
                List.of(new EducationEntry("Charité", "BSc Nursing", EducationLevel.BACHELOR, "Nursing", null, null))));
        Catalogue.stubEmbedding(vector(0, 1, 0.3));
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    @Test
    void aPostingOfAKnownOccupationThatStatesNothingGetsAnInferredLowConfidenceRequirementWithItsReason() {
        UUID unstated = posting("Posting 17", WARD_POSTING, null, null);
        UUID stated = posting("Posting 18", WARD_POSTING, 24, "BACHELOR");

        JsonPath inferred = detail(unstated);
        JsonPath known = detail(stated);

        // Five years against the 2+ years such a title usually asks, and a bachelor's against the bachelor's nursing
        // professionals (ISCO 2221) usually hold: both met, and both counted a quarter of the way from the neutral 50.
        assertEquals(62.5, inferred.getDouble("match.subScores.experience"), 0.05);
        assertEquals(62.5, inferred.getDouble("match.subScores.qualification"), 0.05);
        List<String> reasons = inferred.getList("match.reasons");
        assertTrue(reasons.stream().anyMatch(r -> r.contains("states no experience range and names no occupation")
                && r.contains("work as nurse (inferred")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("no level and names no occupation")
                && r.contains("work as nurse (inferred") && r.contains("usually asks a bachelor's degree")), reasons.toString());

        // The same posting stating what it asks: met in full, and more of the score rests on known data.
        assertEquals(100.0, known.getDouble("match.subScores.experience"), 0.05);
        assertEquals(100.0, known.getDouble("match.subScores.qualification"), 0.05);
        assertTrue(inferred.getDouble("match.confidence") < known.getDouble("match.confidence"),
                inferred.getDouble("match.confidence") + " vs " + known.getDouble("match.confidence"));
        assertTrue(inferred.getDouble("match.overallScore") < known.getDouble("match.overallScore"),
                "a guess never scores above the same requirement stated and met");
    }

    @Test
    void aPostingThatStatesARangeKeepsTheStatedOne() {
        UUID stated = posting("Posting 19", WARD_POSTING, 84, null);

        JsonPath answer = detail(stated);

        // Against a stated 7+ years: short by the cube of the share met (the 60 months count three quarters, as the
        // posting names no occupation for the role to be relevant to), not against the usual 2+ years of a nurse's title.
        assertEquals(100.0 * Math.pow(45.0 / 84, 3), answer.getDouble("match.subScores.experience"), 0.05);
        List<String> reasons = answer.getList("match.reasons");
        assertTrue(reasons.stream().anyMatch(r -> r.contains("against at least 7 years asked")), reasons.toString());
        assertFalse(reasons.stream().anyMatch(r -> r.contains("experience") && r.contains("inferred")), reasons.toString());
    }

    @Test
    void aPostingWhoseTextReadsLikeNoWorkStaysUnknown() {
        UUID empty = posting("b", "c", null, null);

        JsonPath answer = detail(empty);

        assertNull(answer.get("match.subScores.experience"));
        assertNull(answer.get("match.subScores.qualification"));
    }

    @Test
    void aPostingThatNamesNoOccupationIsTakenForTheOneItsEmbeddingIsNearestTo() {
        String title = "Posting 20";
        UUID bookkeeping = posting(title, NearestOccupationTest.BOOKKEEPING, null, null,
                PostingEmbeddings.of(title, NearestOccupationTest.BOOKKEEPING));

        JsonPath answer = detail(bookkeeping);

        // The nurse's bachelor's against what the accountancy occupation nearest to the posting usually asks: met, and
        // counted a quarter of the way from the neutral 50, as a guess; so is the usual experience.
        assertEquals(62.5, answer.getDouble("match.subScores.qualification"), 0.05);
        assertEquals(62.5, answer.getDouble("match.subScores.experience"), 0.05);
        List<String> reasons = answer.getList("match.reasons");
        assertTrue(reasons.stream().anyMatch(r -> r.contains("no level and names no occupation")
                && r.contains("nearest in meaning to ESCO's description of work as") && r.contains("(inferred")),
                reasons.toString());
    }

    /** A posting with its title and text, an optional stated minimum (months) and education level. */
    private UUID posting(String title, String description, Integer minMonths, String education) {
        return posting(title, description, minMonths, education, vector(0, 1, 0.3));
    }

    private UUID posting(String title, String description, Integer minMonths, String education, float[] embedding) {
        UUID id = catalogue.job(title, "Riverside", "Berlin", "ONSITE", embedding, new String[0], new String[0]);
        catalogue.execute(("UPDATE jobs SET description = '%s', min_experience_months = %s, max_experience_months = NULL, "
                + "minimum_education = %s, ai_taxonomies_a = '{}' WHERE id = '%s'").formatted(description.replace("'", "''"),
                minMonths == null ? "NULL" : minMonths, education == null ? "NULL" : "'" + education + "'", id));
        return id;
    }

    private static JsonPath detail(UUID job) {
        return given().header("Authorization", "Bearer " + TestTokens.candidate(OWNER))
                .when().get("/api/matches/" + RESUME + "/jobs/" + job)
                .then().statusCode(200).extract().jsonPath();
    }
}
