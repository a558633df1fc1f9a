package com.jobmatch.matching.recruiting;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.testing.Profiles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.jobmatch.matching.testing.Catalogue.vector;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class RecruiterAndWeightsTest {

    static final UUID STRONG = UUID.randomUUID();
    static final UUID WEAK = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;

    Catalogue catalogue;
    UUID job;

    @BeforeEach
    void catalogue() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        catalogue.clear();
        catalogue.skill("java", "Java");
        job = catalogue.job("Backend Engineer", "Initech", "Berlin", "HYBRID", vector(0, 1, 0.3),
                new String[] {"java", "postgresql"}, new String[0]);
        var strong = Profiles.candidate(UUID.randomUUID(), STRONG, Profiles.javaPostgresDocker());
        var weak = Profiles.candidate(UUID.randomUUID(), WEAK, List.of(Profiles.skill("docker", "Docker", null)));
        Catalogue.stubSearchable(new Page<>(List.of(weak, strong), 0, 100, 2));
        catalogue.execute("DELETE FROM matching_metadata.collar_weights_config WHERE variant <> 'default'");
        catalogue.execute("TRUNCATE match_recompute_queue");
        catalogue.execute("DELETE FROM user_service_outbox WHERE kind = 'AUDIT' AND payload->>'targetType' = 'weights'");
    }

    @AfterEach
    void restoreFakes() {
        Catalogue.removeStubs();
    }

    private ValidatableResponse candidates(String token) {
        return given().header("Authorization", "Bearer " + token).when().get("/api/matches/jobs/" + job + "/candidates").then();
    }

    @Test
    void recruitersRankSearchableCandidatesWithExplanations() {
        candidates(TestTokens.recruiter(UUID.randomUUID())).statusCode(200)
                .body("items.resumeId", contains(STRONG.toString(), WEAK.toString()))
                .body("items[0].match.matchedSkills.skillId", hasItem("java"))
                .body("items[1].match.missingRequiredSkills.skillId", hasItem("java"))
                .body("items[1].match.improvements.action", hasItem(org.hamcrest.Matchers.startsWith("Evidence of Java would add")))
                .body("considered", equalTo(2)).body("complete", equalTo(true));
        given().header("Authorization", "Bearer " + TestTokens.recruiter(UUID.randomUUID()))
                .when().get("/api/matches/jobs/" + job + "/candidates?page=1&size=1").then().statusCode(200)
                .body("items.resumeId", contains(WEAK.toString()))
                .body("items[0].match.improvements.action", hasItem(org.hamcrest.Matchers.startsWith("Evidence of Java")));
        candidates(TestTokens.candidate(UUID.randomUUID())).statusCode(403);
        given().when().get("/api/matches/jobs/" + job + "/candidates").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.recruiter(UUID.randomUUID()))
                .when().get("/api/matches/jobs/" + UUID.randomUUID() + "/candidates").then().statusCode(404);
    }

    private Map<String, Object> weights(double q, double e, double s, double l, double c, double p) {
        return new HashMap<>(Map.of("qualification", q, "experience", e, "skills", s, "location", l, "category", c,
                "personalization", p));
    }

    private ValidatableResponse put(String token, String path, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .when().put("/api/matches/admin/weights/" + path).then();
    }

    @Test
    void adminsChangeWeightsOnlyWhenTheySumToOneAndStoredRankingsAreRequeued() {
        UUID adminId = UUID.randomUUID();
        String admin = TestTokens.admin(adminId);
        put(admin, "white/default", weights(0.10, 0.20, 0.50, 0.05, 0.10, 0.05)).statusCode(200)
                .body("weights.skills", equalTo(0.5f));
        assertEquals(1, catalogue.count("SELECT count(*) FROM match_recompute_queue WHERE reason = 'WEIGHTS'"));
        // The change is audited in the same transaction: an entry for user-service's audit log, naming the admin.
        assertEquals(1, catalogue.count("SELECT count(*) FROM user_service_outbox WHERE kind = 'AUDIT' "
                + "AND payload->>'action' = 'WEIGHTS_CHANGED' AND payload->>'actorId' = '" + adminId + "'"));

        put(admin, "white/default", weights(0.20, 0.20, 0.50, 0.05, 0.10, 0.05)).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("weights"));
        put(admin, "white/default", weights(1.5, 0, 0, 0, 0, 0)).statusCode(400)
                .body("errors.field", hasItem("qualification"));
        put(admin, "white/default", weights(0.105, 0.195, 0.50, 0.05, 0.10, 0.05)).statusCode(400);
        var missing = weights(0.10, 0.20, 0.50, 0.05, 0.10, 0.05);
        missing.remove("skills");
        put(admin, "white/default", missing).statusCode(400).body("errors[0].field", equalTo("skills"));
        put(admin, "purple/default", weights(0.10, 0.20, 0.50, 0.05, 0.10, 0.05)).statusCode(400)
                .body("errors[0].field", equalTo("collar"));
        assertEquals(0.50, catalogue.count("SELECT weight_skills * 100 FROM matching_metadata.collar_weights_config "
                + "WHERE collar_type = 'white' AND variant = 'default'") / 100.0, 1e-9, "refused changes stored nothing");

        put(TestTokens.candidate(UUID.randomUUID()), "white/default", weights(0.10, 0.20, 0.50, 0.05, 0.10, 0.05))
                .statusCode(403);
        given().when().get("/api/matches/admin/weights").then().statusCode(401);
    }

    @Test
    void abVariantsAreAssignedDeterministicallyAndEvenly() {
        String admin = TestTokens.admin(UUID.randomUUID());
        given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                .body(weights(0.10, 0.20, 0.55, 0.05, 0.05, 0.05))
                .when().post("/api/matches/admin/weights/white/skills-heavy").then().statusCode(201);
        given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                .body(weights(0.10, 0.20, 0.55, 0.05, 0.05, 0.05))
                .when().post("/api/matches/admin/weights/white/skills-heavy").then().statusCode(409);
        assertEquals(1, catalogue.count("SELECT count(*) FROM user_service_outbox WHERE kind = 'AUDIT' "
                + "AND payload->>'action' = 'WEIGHTS_VARIANT_CREATED' AND payload->'detail'->>'variant' = 'skills-heavy'"));
        int skillsHeavy = 0;
        for (int i = 0; i < 40; i++) {
            UUID user = new UUID(0, i);
            String first = given().header("Authorization", "Bearer " + admin)
                    .when().get("/api/matches/admin/weights/assignments/" + user).then().statusCode(200)
                    .body("variants.BLUE", equalTo("default")).extract().path("variants.WHITE");
            String again = given().header("Authorization", "Bearer " + admin)
                    .when().get("/api/matches/admin/weights/assignments/" + user).then().extract().path("variants.WHITE");
            assertEquals(first, again);
            skillsHeavy += "skills-heavy".equals(first) ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(skillsHeavy > 5 && skillsHeavy < 35, "both arms get users: " + skillsHeavy);
        given().header("Authorization", "Bearer " + admin).when().get("/api/matches/admin/weights").then().statusCode(200)
                .body("items.variant", hasItem("skills-heavy")).body("page", equalTo(0)).body("size", equalTo(50));
        // Paged: the total counts every collar's variants, a page of one holds one.
        int total = given().header("Authorization", "Bearer " + admin).when().get("/api/matches/admin/weights")
                .then().extract().path("total");
        org.junit.jupiter.api.Assertions.assertTrue(total >= 4, "a default per collar and the new variant: " + total);
        given().header("Authorization", "Bearer " + admin).queryParam("size", 1).queryParam("page", total - 1)
                .when().get("/api/matches/admin/weights").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1)).body("total", equalTo(total));
        given().header("Authorization", "Bearer " + admin).queryParam("page", -1)
                .when().get("/api/matches/admin/weights").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }
}
