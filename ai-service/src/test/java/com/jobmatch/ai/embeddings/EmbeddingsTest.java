package com.jobmatch.ai.embeddings;

import com.jobmatch.ai.testing.Db;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.model.Vectors;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class EmbeddingsTest {

    public static final String SERVICE = "Bearer " + TestTokens.service("matching-service");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void nearnessFollowsMeaning() {
        List<float[]> vectors = embed(Map.of("texts", List.of("registered nurse, intensive care",
                "critical care nursing", "Java backend developer")));
        double nursing = Vectors.cosine(vectors.get(0), vectors.get(1));
        double java = Vectors.cosine(vectors.get(0), vectors.get(2));
        assertTrue(nursing > java + 0.1, "nurse~critical care " + nursing + " vs nurse~java " + java);
    }

    @Test
    void theSameTextIsEmbeddedOnceAndStoredPerSource() {
        String text = "Forklift operator with 6 years in cold-chain warehousing " + UUID.randomUUID();
        long sessionsBefore = embeddingSessions();
        float[] first = embed(Map.of("texts", List.of(text), "sourceType", "RESUME", "sourceIds", List.of("r-1"))).getFirst();
        float[] second = embed(Map.of("texts", List.of(text, text), "sourceType", "JOB", "sourceIds", List.of("j-1", "j-2"))).getFirst();

        assertArrayEquals(first, second);
        assertEquals(sessionsBefore + 1, embeddingSessions(), "the model ran once for the text");
        assertEquals(3, Db.count(dataSource, "SELECT count(*) FROM embeddings WHERE content_hash = ?", ContentHash.of(text)));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM embeddings WHERE content_hash = ? AND source_type = 'RESUME' AND source_id = 'r-1'", ContentHash.of(text)));
        embed(Map.of("texts", List.of(text), "sourceType", "RESUME", "sourceIds", List.of("r-1")));
        assertEquals(3, Db.count(dataSource, "SELECT count(*) FROM embeddings WHERE content_hash = ?", ContentHash.of(text)));
    }

    @Test
    void longTextsAreChunkedAndPooledToAUnitVector() {
        String longText = ("Maintained patient records and coordinated care plans with physicians in a busy ward. ").repeat(40)
                + UUID.randomUUID();
        float[] vector = embed(Map.of("texts", List.of(longText))).getFirst();
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-3);
        assertEquals(384, vector.length);
        assertTrue(Db.count(dataSource, "SELECT chunk_count FROM embeddings WHERE content_hash = ?", ContentHash.of(longText)) >= 3);
    }

    @Test
    void theModelIsRegisteredWithItsDimension() {
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).body(Map.of("texts", List.of("registration")))
                .when().post("/api/ai/embeddings").then().statusCode(200)
                .body("model", equalTo("all-minilm-l6-v2-q")).body("dimension", equalTo(384));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM ai_models WHERE name = 'all-minilm-l6-v2-q' AND dimension = 384 AND model_type = 'EMBEDDING'"));
    }

    @Test
    void aBatchLongerThanTheLimitIsA400NamingTexts() {
        // %test sets jobmatch.ai.embedding.max-batch-size=64, below the contract's own ceiling of 256.
        List<String> texts = java.util.Collections.nCopies(65, "too many");
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).body(Map.of("texts", texts))
                .when().post("/api/ai/embeddings").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("texts"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("64")));
    }

    @Test
    void badInputIsRejectedAndStoresNothing() {
        long before = Db.count(dataSource, "SELECT count(*) FROM embeddings");
        badRequest(Map.of("texts", List.of()), "texts");
        badRequest(Map.of("texts", List.of("fine", " ")), "texts[1]");
        badRequest(Map.of("texts", List.of("one " + UUID.randomUUID(), "two"), "sourceType", "JOB", "sourceIds", List.of("only-one")), "sourceIds");
        badRequest(Map.of("texts", List.of("x " + UUID.randomUUID()), "sourceIds", List.of("a")), "sourceType");
        assertEquals(before, Db.count(dataSource, "SELECT count(*) FROM embeddings"));
    }

    @Test
    void theSingleEndpointGivesTheSameVectorAsTheBatchAndChecksItsInput() {
        String text = "Certified welder, TIG and MIG, pipeline work " + UUID.randomUUID();
        float[] batch = embed(Map.of("texts", List.of(text))).getFirst();
        List<Number> single = given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body(Map.of("text", text, "sourceType", "JOB", "sourceId", "j-single"))
                .when().post("/api/ai/embeddings/single").then().statusCode(200)
                .body("dimension", org.hamcrest.Matchers.equalTo(384))
                .extract().jsonPath().getList("vector");
        assertEquals(batch.length, single.size());
        for (int i = 0; i < batch.length; i++) {
            assertEquals(batch[i], single.get(i).floatValue(), 1e-6f);
        }
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM embeddings WHERE content_hash = ? AND source_id = 'j-single'", ContentHash.of(text)));

        long before = Db.count(dataSource, "SELECT count(*) FROM embeddings");
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("text", " "), Map.<String, Object>of("sourceType", "JOB"),
                Map.<String, Object>of("text", "x", "sourceId", "j-1"))) {
            given().header("Authorization", SERVICE).contentType(ContentType.JSON).body(bad)
                    .when().post("/api/ai/embeddings/single").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem(bad.containsKey("sourceId") ? "sourceType" : "text"));
        }
        assertEquals(before, Db.count(dataSource, "SELECT count(*) FROM embeddings"));
        given().header("Authorization", "Bearer " + TestTokens.candidate(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("text", text)).when().post("/api/ai/embeddings/single").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/ai/embeddings/single").then().statusCode(401);
    }

    @Test
    void onlyServicesMayEmbed() {
        UUID user = UUID.randomUUID();
        Map<String, Object> body = Map.of("texts", List.of("anything"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/ai/embeddings").then().statusCode(401);
        for (String broken : List.of(TestTokens.expired(user), TestTokens.wrongIssuer(user), TestTokens.wrongAudience(user),
                TestTokens.signedByUntrustedKey(user), TestTokens.tampered(user), TestTokens.algNone(user))) {
            given().header("Authorization", "Bearer " + broken).contentType(ContentType.JSON).body(body)
                    .when().post("/api/ai/embeddings").then().statusCode(401);
        }
        for (String userToken : List.of(TestTokens.candidate(user), TestTokens.recruiter(user), TestTokens.admin(user))) {
            given().header("Authorization", "Bearer " + userToken).contentType(ContentType.JSON).body(body)
                    .when().post("/api/ai/embeddings").then().statusCode(403);
        }
    }

    private long embeddingSessions() {
        return Db.count(dataSource, "SELECT count(*) FROM ai_processing_sessions WHERE operation = 'EMBEDDING'");
    }

    private static void badRequest(Map<String, Object> body, String field) {
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/api/ai/embeddings").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    public static List<float[]> embed(Map<String, Object> body) {
        Response response = given().header("Authorization", SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/api/ai/embeddings").then().statusCode(200).extract().response();
        List<List<Float>> raw = response.jsonPath().getList("vectors");
        return raw.stream().map(list -> {
            float[] vector = new float[list.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = ((Number) list.get(i)).floatValue();
            }
            return vector;
        }).toList();
    }
}
