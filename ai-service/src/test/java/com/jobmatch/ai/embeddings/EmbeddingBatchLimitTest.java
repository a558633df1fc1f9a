package com.jobmatch.ai.embeddings;

import com.jobmatch.ai.testing.Db;
import com.jobmatch.ai.testing.FakeServices;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.jobmatch.common.testing.RateLimits.assertTooManyRequests;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Embedding batches are limited per calling service (the token's subject): two per minute in this profile. The
 * third batch of one service is a 429 that runs no model and stores nothing, while another service still embeds.
 * Its profile is a second Quarkus application, which cannot load the embedding model's native tokenizer beside the
 * shared one: tagged {@code separate-jvm}, it runs in a surefire execution (and JVM) of its own (see the pom).
 */
@Tag("separate-jvm")
@QuarkusTest
@TestProfile(EmbeddingBatchLimitTest.TwoBatches.class)
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class EmbeddingBatchLimitTest {

    public static class TwoBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobmatch.rate-limits.embedding-batches.per-user", "2");
        }
    }

    private static final int BUDGET = 2;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void batchesBeyondACallersBudgetAre429AndEmbedNothingWhileAnotherServiceStillEmbeds() {
        String matching = TestTokens.service("matching-service");
        for (int i = 0; i < BUDGET; i++) {
            embed(matching, "Forklift operator, cold-chain warehouse " + UUID.randomUUID(), "j-" + i).statusCode(200);
        }
        long sessions = embeddingSessions();

        String refused = "Crane operator, harbour " + UUID.randomUUID();
        assertTooManyRequests(embed(matching, refused, "j-refused"));
        assertEquals(0, Db.count(dataSource, "SELECT count(*) FROM embeddings WHERE content_hash = ?", ContentHash.of(refused)),
                "the refused batch stored no embedding");
        assertEquals(sessions, embeddingSessions(), "the refused batch ran no model");

        // Another calling service has a budget of its own, and gets the very text refused above.
        embed(TestTokens.service("resume-service"), refused, "r-1").statusCode(200);
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM embeddings WHERE content_hash = ?", ContentHash.of(refused)));
    }

    private static ValidatableResponse embed(String serviceToken, String text, String sourceId) {
        return given().header("Authorization", "Bearer " + serviceToken).contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(text), "sourceType", "JOB", "sourceIds", List.of(sourceId)))
                .when().post("/api/ai/embeddings").then();
    }

    private long embeddingSessions() {
        return Db.count(dataSource, "SELECT count(*) FROM ai_processing_sessions WHERE operation = 'EMBEDDING'");
    }
}
