package com.jobmatch.resume.work;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.Fixtures;
import com.jobmatch.resume.testing.ResumeApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which class of work an upload becomes: a person's single upload is interactive; a file marked as part of a
 * batch, or one arriving while the same person already has several files waiting to be parsed, is bulk, and its
 * enrichment and notification stay bulk. The owner of the work is the user.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class WorkClassesTest {

    @Inject
    AgroalDataSource dataSource;

    Db db;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
    }

    @Test
    void aSingleUploadIsInteractiveWorkOwnedByItsUser() {
        UUID user = UUID.randomUUID();
        UUID id = ResumeApi.uploadParsed(TestTokens.candidate(user), "cv.txt", "text/plain",
                Fixtures.text("Ina Interactive\nina@example.com\n\nSkills\nJava\n"));

        assertEquals(0, db.count("SELECT priority FROM resume_work WHERE resume_id = ? AND kind = 'parse'", id));
        assertEquals(user.toString(), db.text("SELECT owner_key FROM resume_work WHERE resume_id = ? AND kind = 'parse'", id));
    }

    @Test
    void aFileMarkedAsPartOfABatchIsBulkWorkThroughoutItsSteps() {
        UUID user = UUID.randomUUID();
        String token = TestTokens.candidate(user);
        String id = given().auth().oauth2(token)
                .multiPart("file", "cv.txt", Fixtures.text("Bo Batch\nbo@example.com\n\nSkills\nJava\n"), "text/plain")
                .multiPart("batch", "true")
                .when().post("/api/resumes").then().statusCode(201).extract().path("id");
        ResumeApi.awaitEnriched(token, UUID.fromString(id));

        assertEquals(1, db.count("SELECT priority FROM resume_work WHERE resume_id = ?::uuid AND kind = 'parse'", id));
        assertEquals(0, db.count("SELECT count(*) FROM resume_work WHERE resume_id = ?::uuid AND priority <> 1", id),
                "its enrich and notify steps are bulk too");
    }

    @Test
    void anUploadWhileThreeOfTheSamePersonsFilesWaitIsBulk() {
        UUID user = UUID.randomUUID();
        // Three files of this person still waiting to be parsed (held under a live lease, so no worker takes them).
        for (int i = 0; i < 3; i++) {
            db.update("""
                    INSERT INTO resume_work (resume_id, kind, status, attempts, lease_until, owner_key, priority)
                    VALUES (?, 'parse', 'running', 1, now() + interval '1 hour', ?, 0)""", UUID.randomUUID(), user.toString());
        }
        try {
            String id = ResumeApi.upload(TestTokens.candidate(user), "cv.txt", "text/plain",
                    Fixtures.text("Fay Folder\nfay@example.com\n")).statusCode(201).extract().path("id");

            assertEquals(1, db.count("SELECT priority FROM resume_work WHERE resume_id = ?::uuid AND kind = 'parse'", id));
        } finally {
            db.update("DELETE FROM resume_work WHERE owner_key = ? AND lease_until > now() + interval '30 minutes'", user.toString());
        }
    }
}
