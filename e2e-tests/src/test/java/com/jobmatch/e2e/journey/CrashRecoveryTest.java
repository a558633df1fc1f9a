package com.jobmatch.e2e.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.e2e.support.Accounts;
import com.jobmatch.e2e.support.Accounts.SignedIn;
import com.jobmatch.e2e.support.Databases;
import com.jobmatch.e2e.support.Repository;
import com.jobmatch.e2e.support.RunningServices;
import com.jobmatch.e2e.support.ServiceProcesses;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: each service that owns background work is killed (SIGKILL, no shutdown) in the middle of it and started
 * again; afterwards every item is done exactly once, nothing lost and nothing duplicated, counted in the databases.
 * A killed process's claims are taken over when their lease runs out (30 s here, renewed while a step runs; see
 * ServiceProcesses).
 *
 * <ol>
 *   <li>matching-service killed inside a catalogue import's transaction: nothing of it is stored; sent again, every
 *       posting is stored once and queued for enrichment once;</li>
 *   <li>matching-service killed while enriching those jobs: after the restart every job is enriched, its skills
 *       stored once, its queue entry gone;</li>
 *   <li>resume-service killed while parsing and enriching a batch of uploads: every resume ends parsed and enriched
 *       with exactly one version, each step ran to completion once;</li>
 *   <li>matching-service killed while recomputing the matches of those resumes (a weights change fans out one task
 *       per resume): every resume's matches are recomputed, no task is left or dead, no notification doubled.</li>
 * </ol>
 */
@ExtendWith(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Postings per sample occupation (19 occupations): little for ai-service to enrich. */
    private static final int PER_OCCUPATION = 1;
    /**
     * Rows the import refuses (no title): each is recorded in the import's transaction, which makes that transaction
     * last long enough to be caught open without giving ai-service more to enrich.
     */
    private static final int REFUSED = 1500;
    private static final int RESUMES = 8;
    private static final Duration SETTLE = Duration.ofSeconds(240);

    private final ServiceProcesses services;
    private final Accounts accounts;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String source = "crash-" + run;
    private String postings;
    private int postingCount;
    private SignedIn candidate;

    CrashRecoveryTest(ServiceProcesses services) {
        this.services = services;
        this.accounts = new Accounts(services);
    }

    @BeforeEach
    void everyServiceRuns() {
        services.startAll();
    }

    @Test
    @Order(1)
    void aCatalogueImportKilledInItsTransactionStoresNothingAndItsRetryStoresEveryPostingOnce() throws Exception {
        postings = postings();
        postingCount = JSON.readTree(postings).size() - REFUSED;
        String admin = accounts.admin().bearer();

        CompletableFuture<Integer> sent = CompletableFuture.supplyAsync(() -> importPostings(admin));
        boolean caught = waitUntil(Duration.ofSeconds(60), () -> sent.isDone() || importTransactionOpen());
        assertFalse(sent.isDone(), "the import finished before its transaction was seen; status " + sent.getNow(null));
        assertTrue(caught, "the import's transaction never showed up");
        services.kill("matching");

        Integer status = sent.handle((s, failure) -> failure == null ? s : -1).get(30, TimeUnit.SECONDS);
        assertTrue(status != 201, "an import cut off by the kill must not report success, got " + status);
        assertEquals(0, jobs("true"), "the killed import's transaction left no job");
        assertEquals(0, Databases.count("matching", "SELECT count(*) FROM bulk_imports WHERE source = ?", source));

        services.start("matching");
        assertEquals(201, importPostings(admin));
        assertEquals(postingCount, jobs("true"), "each posting stored once");
        assertEquals(1, Databases.count("matching", "SELECT count(*) FROM bulk_imports WHERE source = ?", source));
        assertEquals(REFUSED, Databases.count("matching", """
                SELECT count(*) FROM bulk_import_rejections r JOIN bulk_imports i ON i.id = r.import_id WHERE i.source = ?""",
                source), "each refused row recorded once");
        assertEquals(postingCount, Databases.count("matching", """
                SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id WHERE j.source = ?""", source),
                "each job queued for enrichment once");
    }

    @Test
    @Order(2)
    void enrichmentKilledHalfWayFinishesEveryJobOnceAfterTheRestart() {
        boolean halfWay = waitUntil(SETTLE, () -> jobs("enriched_at IS NOT NULL") > 0);
        assertTrue(halfWay, "no job was enriched; last seen " + jobs("enriched_at IS NOT NULL"));
        long before = jobs("enriched_at IS NOT NULL");
        services.kill("matching");
        assertTrue(before < postingCount, "the kill must come while jobs still wait for enrichment (" + before + " done)");

        services.start("matching");
        assertTrue(waitUntil(SETTLE, () -> jobs("enriched_at IS NOT NULL") == postingCount),
                "every job enriched after the restart; " + jobs("enriched_at IS NOT NULL") + " of " + postingCount);
        // A job read while ai-service was still embedding its taxonomy's labels is read once more a minute later.
        assertTrue(waitUntil(SETTLE, () -> Databases.count("matching", """
                SELECT count(*) FROM enrichment_queue q JOIN jobs j ON j.id = q.job_id WHERE j.source = ?""", source) == 0),
                "no queue entry left (done entries are deleted), none dead");
        assertEquals(0, Databases.count("matching", """
                SELECT count(*) FROM (SELECT s.job_id, s.skill_id FROM job_skills s JOIN jobs j ON j.id = s.job_id
                                      WHERE j.source = ? GROUP BY s.job_id, s.skill_id HAVING count(*) > 1) twice""", source),
                "no skill stored twice for a job");
        assertEquals(postingCount, jobs("embedding IS NOT NULL"));
    }

    @Test
    @Order(3)
    void parsingKilledHalfWayFinishesEveryResumeOnceAfterTheRestart() {
        candidate = accounts.newCandidate("Crash Candidate");
        List<UUID> uploaded = new ArrayList<>();
        for (int i = 1; i <= RESUMES; i++) {
            uploaded.add(uploadResume(i));
        }
        assertTrue(waitUntil(SETTLE, () -> resumeSteps("w.status = 'done'") > 0), "no resume step finished");
        long unfinished = resumeSteps("w.status <> 'done'");
        services.kill("resume");
        assertTrue(unfinished > 0, "the kill must come while steps are still waiting or running");

        services.start("resume");
        assertTrue(waitUntil(SETTLE, () -> resumes("status = 'parsed' AND enriched") == RESUMES
                        && resumeSteps("w.status <> 'done'") == 0),
                "every resume parsed and enriched; " + resumes("status = 'parsed' AND enriched") + " of " + RESUMES
                        + ", steps not done: " + resumeSteps("w.status <> 'done'"));
        assertEquals(RESUMES, resumes("true"), "no upload lost or stored twice");
        assertEquals(RESUMES, uploaded.stream().distinct().count());
        assertEquals(0, Databases.count("resume", """
                SELECT count(*) FROM resumes r WHERE r.user_id = ?
                  AND (r.current_version <> 1 OR (SELECT count(*) FROM resume_versions v WHERE v.resume_id = r.id) <> 1)""",
                candidate.userId()), "each resume parsed into exactly one version");
        assertEquals(RESUMES, resumeSteps("w.kind = 'parse'"), "one parse step per resume");
        assertEquals(RESUMES, resumeSteps("w.kind = 'enrich'"), "one enrichment step per resume");
    }

    @Test
    @Order(4)
    void aRecomputeKilledHalfWayRecomputesEveryResumeAfterTheRestart() {
        List<UUID> mine = Databases.rows("resume", "SELECT id FROM resumes WHERE user_id = ?", candidate.userId())
                .stream().map(row -> (UUID) row.getFirst()).toList();
        String ids = String.join(",", mine.stream().map(UUID::toString).toList());
        assertTrue(waitUntil(SETTLE, () -> recomputeTasks(ids) == 0 && resumesWithMatches(ids, null) == mine.size()),
                "every resume matched after its upload; " + resumesWithMatches(ids, null) + " of " + mine.size());

        String changed = (String) Databases.rows("matching", "SELECT now()::text").getFirst().getFirst();
        // The same weights again: nothing changes but every resume is recomputed (one task per resume).
        given().header("Authorization", accounts.admin().bearer()).contentType(ContentType.JSON)
                .body(Map.of("qualification", 0.10, "experience", 0.47, "skills", 0.24, "location", 0.07,
                        "category", 0.07, "personalization", 0.05))
                .put(services.url("matching") + "/api/matches/admin/weights/white/default")
                .then().statusCode(200);
        assertTrue(waitUntil(SETTLE, () -> resumesWithMatches(ids, changed) > 0), "no resume was recomputed");
        long recomputed = resumesWithMatches(ids, changed);
        services.kill("matching");
        assertTrue(recomputed < mine.size(), "the kill must come while resumes still wait for their recompute");

        Instant restarted = Instant.now();
        services.start("matching");
        assertTrue(waitUntil(SETTLE, () -> resumesWithMatches(ids, changed) == mine.size() && recomputeTasks(ids) == 0),
                "every resume recomputed after the restart; " + resumesWithMatches(ids, changed) + " of " + mine.size()
                        + "; " + recomputeState(ids, changed));
        System.out.printf("Recompute: %d of %d resumes before the kill, the rest %d s after it%n", recomputed, mine.size(),
                Duration.between(restarted, Instant.now()).toSeconds());
        assertEquals(0, Databases.count("matching", """
                SELECT count(*) FROM user_job_matches WHERE resume_id::text = ANY(string_to_array(?, ','))
                  AND computed_at <= CAST(? AS timestamptz)""",
                ids, changed), "no match left from before the change");
        assertEquals(0, Databases.count("matching", "SELECT count(*) FROM match_recompute_queue WHERE status = 'dead'"));
        assertEquals(0, Databases.count("matching", """
                SELECT count(*) FROM (SELECT dedup_key FROM notifications WHERE user_id = ?
                                      GROUP BY dedup_key HAVING count(*) > 1) twice""", candidate.userId()),
                "no notification sent twice");
    }

    // ------------------------------------------------------------------ matching

    /** The sample catalogue's first postings of each occupation, under ids and a source of this run, then refused rows. */
    private String postings() {
        try {
            ArrayNode all = (ArrayNode) JSON.readTree(Repository.root().resolve("scripts/sample-data/jobs.json").toFile());
            ArrayNode chosen = JSON.createArrayNode();
            all.forEach(posting -> {
                String id = posting.path("externalId").asText();
                if (Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)) <= PER_OCCUPATION) {
                    ObjectNode copy = posting.deepCopy();
                    copy.put("externalId", source + "-" + id);
                    copy.put("source", source);
                    chosen.add(copy);
                }
            });
            for (int i = 1; i <= REFUSED; i++) {
                chosen.addObject().put("externalId", source + "-untitled-" + i).put("company", "Nameless Ltd");
            }
            return JSON.writeValueAsString(chosen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int importPostings(String admin) {
        return given().header("Authorization", admin).contentType(ContentType.JSON).queryParam("source", source)
                .body(postings).post(services.url("matching") + "/api/jobs/imports").then().extract().statusCode();
    }

    /** A matching-service session is inside the import's transaction (it has written jobs or rejections, not committed). */
    private boolean importTransactionOpen() {
        return Databases.count("matching", """
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                  AND xact_start IS NOT NULL AND state <> 'idle'
                  AND (query LIKE 'INSERT INTO jobs (external_id%' OR query ILIKE 'insert into bulk_import%')""") > 0;
    }

    private long jobs(String condition) {
        return Databases.count("matching", "SELECT count(*) FROM jobs WHERE source = ? AND " + condition, source);
    }

    private long recomputeTasks(String resumeIds) {
        return Databases.count("matching", """
                SELECT count(*) FROM match_recompute_queue WHERE resume_id::text = ANY(string_to_array(?, ','))""", resumeIds);
    }

    /** What a failed wait leaves to read: each resume's oldest match and its recompute tasks, and the queue's rows by reason and status. */
    private String recomputeState(String resumeIds, String since) {
        return "since " + since + ", resumes " + Databases.rows("matching", """
                SELECT r.id, (SELECT count(*) FROM user_job_matches m WHERE m.resume_id = r.id),
                       (SELECT min(computed_at)::text FROM user_job_matches m WHERE m.resume_id = r.id),
                       (SELECT string_agg(q.reason || '/' || q.status || '/' || q.attempts || '/' || coalesce(q.last_error, ''), '; ')
                          FROM match_recompute_queue q WHERE q.resume_id = r.id)
                FROM unnest(CAST(string_to_array(?, ',') AS uuid[])) AS r(id)""", resumeIds)
                + ", queue " + Databases.rows("matching",
                "SELECT reason, status, count(*) FROM match_recompute_queue GROUP BY reason, status");
    }

    /** Resumes with matches, all of them computed after {@code since} when it is given. */
    private long resumesWithMatches(String resumeIds, String since) {
        return Databases.count("matching", """
                SELECT count(*) FROM (SELECT resume_id FROM user_job_matches
                                      WHERE resume_id::text = ANY(string_to_array(?, ',')) GROUP BY resume_id
                                      HAVING CAST(? AS timestamptz) IS NULL OR min(computed_at) > CAST(? AS timestamptz)) r""",
                resumeIds, since, since);
    }

    // ------------------------------------------------------------------ resume

    /** A distinct text resume (its own checksum) for the candidate. */
    private UUID uploadResume(int number) {
        String text = Repository.read(Repository.root().resolve("scripts/sample-data/demo-resume.txt"))
                .replaceFirst("Jordan Avery", "Jordan Avery " + run + "-" + number);
        String id = given().header("Authorization", candidate.bearer())
                .multiPart("file", "resume-" + number + ".txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("title", "Resume " + number)
                .post(services.url("resume") + "/api/resumes")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private long resumes(String condition) {
        return Databases.count("resume", "SELECT count(*) FROM resumes WHERE user_id = ? AND " + condition, candidate.userId());
    }

    private long resumeSteps(String condition) {
        return Databases.count("resume", """
                SELECT count(*) FROM resume_work w JOIN resumes r ON r.id = w.resume_id
                WHERE r.user_id = ? AND w.kind <> 'notify' AND\s""" + condition, candidate.userId());
    }

    /** Polls every 20 ms for the first seconds (to catch work half-way), then every half second. */
    private static boolean waitUntil(Duration timeout, BooleanSupplier condition) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(Duration.between(start, Instant.now()).toSeconds() < 30 ? 20 : 500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return condition.getAsBoolean();
    }
}
