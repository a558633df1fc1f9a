package com.jobmatch.matching.imports;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Eight importers at once with overlapping batches: every posting is stored once and counted "new" once. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ConcurrentImportTest {

    private static final int IMPORTERS = 8;
    private static final int BATCH = 40;
    /** Importer i takes postings [i*STEP, i*STEP + BATCH): neighbours share BATCH - STEP postings. */
    private static final int STEP = 15;

    @Inject
    AgroalDataSource db;

    @Test
    void parallelOverlappingImportsLoseAndDuplicateNothing() throws Exception {
        String p = TestJobs.uniquePrefix();
        String admin = "Bearer " + TestTokens.admin(UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTERS);
        List<Future<JsonPath>> results = new ArrayList<>();
        for (int i = 0; i < IMPORTERS; i++) {
            List<String> postings = new ArrayList<>();
            for (int n = i * STEP; n < i * STEP + BATCH; n++) {
                postings.add(TestJobs.posting(p + n, "Engineer " + n, "Company " + n, "text " + n));
            }
            String body = "[" + String.join(",", postings) + "]";
            results.add(pool.submit((Callable<JsonPath>) () -> given().header("Authorization", admin)
                    .contentType("application/json").body(body).post("/api/jobs/imports")
                    .then().statusCode(201).extract().jsonPath()));
        }
        int created = 0;
        int unchanged = 0;
        int updated = 0;
        for (Future<JsonPath> result : results) {
            JsonPath json = result.get();
            created += json.getInt("newCount");
            unchanged += json.getInt("unchangedCount");
            updated += json.getInt("updatedCount");
            assertEquals(BATCH, json.getInt("newCount") + json.getInt("unchangedCount") + json.getInt("updatedCount"));
        }
        pool.shutdown();
        int distinct = (IMPORTERS - 1) * STEP + BATCH;
        assertEquals(distinct, created, "each posting is new exactly once");
        assertEquals(IMPORTERS * BATCH - distinct, unchanged);
        assertEquals(0, updated);
        assertEquals(distinct, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", p + "%"));
        assertEquals(distinct, TestJobs.count(db,
                "SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id WHERE j.external_id LIKE ?", p + "%"));
    }
}
