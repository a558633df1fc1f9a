package com.jobmatch.matching.matches;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import com.jobmatch.matching.enrichment.EnrichmentWorker;
import com.jobmatch.matching.scoring.PostingOccupation;
import com.jobmatch.matching.testing.Catalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 16: a posting's occupation is read once per version of its text, by enrichment, and stored with it; a changed
 * posting is read again. A job that has no reading of its current text (enriched before readings were stored) is
 * read the first time it is loaded for scoring, and kept.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class PostingOccupationReadingTest {

    /** The ward posting, as an import's description (no title names an occupation). */
    static final String WARD = InferredRequirementsTest.WARD_POSTING;
    static final String ACCOUNTANT = "We are seeking a Staff Accountant to keep the books of our three stores.";

    @Inject
    EnrichmentWorker worker;

    @Inject
    JobProfileStore profiles;

    @Inject
    AgroalDataSource db;

    private final String admin = "Bearer " + TestTokens.admin(UUID.randomUUID());

    @Test
    void enrichmentReadsThePostingsOccupationAndReadsItAgainWhenTheTextChanges() {
        String id = TestJobs.uniquePrefix() + "ward";
        importPosting(id, WARD);
        worker.processDue();
        UUID job = UUID.fromString(TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", id));

        PostingOccupation first = profiles.occupationOf(profiles.find(job).orElseThrow());
        assertEquals(PostingOccupation.Source.TEXT, first.source(), first.toString());
        assertEquals("2221", first.occupation().isco(), "a nurse, from the labels the text uses");
        assertEquals(TestJobs.text(db, "SELECT content_hash FROM jobs WHERE id = ?::uuid", job.toString()),
                TestJobs.text(db, "SELECT content_hash FROM job_occupations WHERE job_id = ?::uuid", job.toString()),
                "stored for the text it was read from");

        importPosting(id, ACCOUNTANT);
        worker.processDue();

        PostingOccupation second = profiles.occupationOf(profiles.find(job).orElseThrow());
        assertEquals(PostingOccupation.Source.NAMED, second.source(), second.toString());
        assertEquals("2411", second.occupation().isco(), "the accountant the new text announces");
        assertEquals("NAMED", TestJobs.text(db, "SELECT source FROM job_occupations WHERE job_id = ?::uuid", job.toString()));
    }

    @Test
    void aJobWithoutAReadingOfItsCurrentTextIsReadOnItsFirstLoadAndKept() {
        Catalogue catalogue = new Catalogue(db);
        UUID job = catalogue.job("Posting 17", "Riverside", "Berlin", "ONSITE", Catalogue.vector(0, 1, 0.3),
                new String[0], new String[0]);
        catalogue.execute("UPDATE jobs SET description = '%s' WHERE id = '%s'".formatted(WARD.replace("'", "''"), job));
        assertEquals(0, catalogue.count("SELECT count(*) FROM job_occupations WHERE job_id = '" + job + "'"));

        PostingOccupation read = profiles.occupationOf(profiles.load(java.util.List.of(job)).get(job));

        assertEquals(PostingOccupation.Source.TEXT, read.source(), read.toString());
        assertEquals("TEXT", TestJobs.text(db, "SELECT source FROM job_occupations WHERE job_id = ?::uuid", job.toString()));

        // The text changes without enrichment (its new version waits in the queue): the stored reading is of the old
        // text, so the job is read again from the new one.
        catalogue.execute("UPDATE jobs SET description = '%s', content_hash = 'h2' WHERE id = '%s'".formatted(ACCOUNTANT, job));
        PostingOccupation reread = profiles.occupationOf(profiles.find(job).orElseThrow());
        assertEquals(PostingOccupation.Source.NAMED, reread.source(), reread.toString());
        assertEquals("h2", TestJobs.text(db, "SELECT content_hash FROM job_occupations WHERE job_id = ?::uuid", job.toString()));
    }

    private void importPosting(String externalId, String description) {
        given().header("Authorization", admin).contentType("application/json")
                .body(TestJobs.array(TestJobs.posting(externalId, "Posting 17", "Riverside " + externalId, description)))
                .post("/api/jobs/imports").then().statusCode(201);
    }
}
