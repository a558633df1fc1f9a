package com.jobmatch.ai.analysis;

import com.jobmatch.ai.embeddings.EmbeddingsTest;
import com.jobmatch.ai.testing.Db;
import com.jobmatch.ai.testing.Profiles;
import com.jobmatch.common.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class ResumeAnalysisTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void findingsExplainTheScoreWithConcreteFixes() {
        UUID user = UUID.randomUUID();
        JsonPath analysis = analyze(Profiles.candidate(user), Profiles.RESUME_TEXT);
        List<String> codes = analysis.getList("findings.code");
        assertTrue(codes.contains("TOO_SHORT"), codes.toString());
        assertTrue(codes.contains("WEAK_BULLET_OPENINGS"), codes.toString());
        assertFalse(codes.contains("NO_EMAIL"), codes.toString());
        assertFalse(codes.contains("NO_PHONE"), codes.toString());
        assertEquals(List.of("contact", "summary", "experience", "education", "skills"), analysis.getList("sectionsPresent"));
        double lost = analysis.getList("findings.pointsLost", Float.class).stream().mapToDouble(Float::doubleValue).sum();
        assertEquals(100 - lost, analysis.getDouble("overallScore"), 1e-3);
        assertTrue(analysis.getList("findings.fix", String.class).stream().noneMatch(String::isBlank));
        given().header("Authorization", "Bearer " + TestTokens.candidate(user)).when().get("/api/ai/me/resume-analyses")
                .then().statusCode(200).body("items.analysisId", hasItem(analysis.getString("analysisId")));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM skill_analyses WHERE user_id = ? AND skill_count > 0", user));
    }

    @Test
    void theSkillsTheAnalysisReadsLeaveTheCandidatesEmployersNamesAlone() {
        // As for a stored resume's skills: "Flint Energy" names where the person worked, not knowledge of energy.
        String text = "Electrical Lead Hand, Flint Energy. Tested systems.";
        UUID withEmployer = UUID.randomUUID();
        Map<String, Object> candidate = new HashMap<>(Profiles.candidate(withEmployer));
        candidate.put("experience", List.of(Map.of("title", "Electrical Lead Hand", "company", "Flint Energy")));
        analyze(candidate, text);
        UUID withoutEmployer = UUID.randomUUID();
        Map<String, Object> unnamed = new HashMap<>(Profiles.candidate(withoutEmployer));
        unnamed.put("experience", List.of(Map.of("title", "Electrical Lead Hand")));
        analyze(unnamed, text);
        String read = "SELECT skill_count FROM skill_analyses WHERE user_id = ?";
        assertEquals(Db.count(dataSource, read, withoutEmployer) - 1, Db.count(dataSource, read, withEmployer));
    }

    @Test
    void aResumeWithoutContactOrDatesLosesAtsPoints() {
        Map<String, Object> candidate = new HashMap<>(Profiles.candidate(UUID.randomUUID()));
        candidate.put("experience", List.of(Map.of("title", "Nurse", "company", "St Mary", "description", "Cared for patients")));
        JsonPath bare = analyze(candidate, "Nurse at St Mary. Cared for patients.");
        JsonPath full = analyze(Profiles.candidate(UUID.randomUUID()), Profiles.RESUME_TEXT);
        List<String> codes = bare.getList("findings.code");
        assertTrue(codes.containsAll(List.of("NO_EMAIL", "NO_PHONE", "UNPARSEABLE_DATES")), codes.toString());
        assertTrue(bare.getDouble("atsScore") < full.getDouble("atsScore"));
    }

    @Test
    void badInputIsRejectedAndStoresNothing() {
        long before = Db.count(dataSource, "SELECT count(*) FROM content_analyses");
        Map<String, Object> candidate = new HashMap<>(Profiles.candidate(UUID.randomUUID()));
        candidate.remove("userId");
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", candidate, "text", "x"))
                .when().post("/api/ai/analysis/resume").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("candidate.userId"));
        given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("text", "no candidate"))
                .when().post("/api/ai/analysis/resume").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("candidate", Profiles.candidate(UUID.randomUUID()), "text", "x"))
                .when().post("/api/ai/analysis/resume").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("candidate", Profiles.candidate(UUID.randomUUID())))
                .when().post("/api/ai/analysis/resume").then().statusCode(401);
        assertEquals(before, Db.count(dataSource, "SELECT count(*) FROM content_analyses"));
    }

    public static JsonPath analyze(Map<String, Object> candidate, String text) {
        return given().header("Authorization", EmbeddingsTest.SERVICE).contentType(ContentType.JSON)
                .body(Map.of("candidate", candidate, "text", text))
                .when().post("/api/ai/analysis/resume").then().statusCode(200).extract().jsonPath();
    }
}
