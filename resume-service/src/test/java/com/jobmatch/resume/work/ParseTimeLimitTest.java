package com.jobmatch.resume.work;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Await;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.Fixtures;
import com.jobmatch.resume.testing.ResumeApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading a document is bounded in time (resume.work.parse-timeout, 2 s in this profile, on the one worker of this
 * profile): a PDF of 800 full pages, which takes several seconds to read, fails once with a reason its owner can
 * read, its reading stops, and the worker goes on to the next person's resume.
 */
@QuarkusTest
@TestProfile(ParseTimeLimitTest.TwoSecondsOneWorker.class)
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ParseTimeLimitTest {

    public static class TwoSecondsOneWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("resume.work.parse-timeout", "PT2S", "resume.work.workers", "1");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    Db db;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
    }

    @Test
    void aDocumentPastTheLimitFailsOnceWithAReadableReasonAndTheWorkerMovesOn() {
        String owner = TestTokens.candidate(UUID.randomUUID());
        UUID slow = UUID.fromString(ResumeApi.upload(owner, "long.pdf", "application/pdf", Fixtures.longPdf(800))
                .statusCode(201).extract().path("id"));
        // Another person's small resume, queued behind it for the only worker.
        String other = TestTokens.candidate(UUID.randomUUID());
        UUID quick = UUID.fromString(ResumeApi.upload(other, "cv.txt", "text/plain", Fixtures.text("""
                Quinn Quick
                quinn@example.com

                Skills
                Welding
                """)).statusCode(201).extract().path("id"));

        JsonPath failed = ResumeApi.awaitStatus(owner, slow, Set.of("parsed", "failed")).jsonPath();
        assertEquals("failed", failed.getString("status"), failed::prettify);
        assertTrue(failed.getString("errorMessage").startsWith("The document took too long to read (more than 2 seconds)"),
                failed::prettify);
        ResumeApi.awaitStatus(other, quick, Set.of("parsed"));

        // Once: its parse step is done after one attempt, and nothing of it is left to retry.
        assertEquals(1, db.count("SELECT count(*) FROM resume_work WHERE resume_id = ? AND kind = 'parse' "
                + "AND status = 'done' AND attempts = 1", slow));
        assertEquals(0, db.count("SELECT count(*) FROM resume_work WHERE resume_id = ? AND status <> 'done'", slow));
        assertEquals("failed", db.text("SELECT status FROM resumes WHERE id = ?", slow));
        // The reading itself stopped at the next page instead of reading the remaining hundreds in the background.
        Await.until("no thread still reading the PDF", Duration.ofSeconds(5), ParseTimeLimitTest::threadsReadingPdfs,
                count -> count == 0);
    }

    private static long threadsReadingPdfs() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(frame -> frame.getClassName().endsWith(".PdfText")))
                .count();
    }
}
