package com.jobmatch.matching.imports;

import com.jobmatch.common.testing.ChunkedRequests;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: a job import sent chunked (no Content-Length) was read in full whatever its size (a 12 MiB one was
 * imported); it is cut off at the upload limit (10 MiB) like one that says its length.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ChunkedImportLimitTest {

    private static final Map<String, String> ADMIN = Map.of("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()));

    @Inject
    AgroalDataSource db;

    @Test
    void aChunkedImportOverTheUploadLimitIs413AndStoresNothing() {
        String p = TestJobs.uniquePrefix();
        String posting = TestJobs.posting(p + "big", "Crane Operator", "Lift " + p, "v1");
        // One posting whose description is padded past 12 MiB.
        String head = "[" + posting.substring(0, posting.lastIndexOf('}')) + ", \"benefits\": \"";
        ChunkedRequests.Answer answer = ChunkedRequests.post("/api/jobs/imports", ADMIN, "application/json",
                head, 12L * 1024 * 1024, 'x', "\"}]");

        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.body().contains("10485760"), answer.body());
        assertEquals(0, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", p + "%"));
    }

    @Test
    void aChunkedImportUnderTheLimitIsImported() {
        String p = TestJobs.uniquePrefix();
        String posting = TestJobs.posting(p + "ok", "Crane Operator", "Lift " + p, "v1");
        ChunkedRequests.Answer answer = ChunkedRequests.post("/api/jobs/imports", ADMIN, "application/json",
                "[" + posting + "]", 0, ' ', "");

        assertEquals(201, answer.status(), answer.body());
        assertEquals(1, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", p + "%"));
    }
}
