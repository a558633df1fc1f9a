package com.jobmatch.resume.resumes;

import com.jobmatch.common.testing.ChunkedRequests;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.Fixtures;
import com.jobmatch.resume.testing.ResumeApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class UploadTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "resume.storage.local-dir")
    String storageDir;

    Db db;
    UUID user;
    String token;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
        user = UUID.randomUUID();
        token = TestTokens.candidate(user);
    }

    @Test
    void twoColumnPdfIsReadColumnByColumnAndStructured() throws Exception {
        byte[] pdf = Fixtures.twoColumnPdf();
        Response created = given().auth().oauth2(token).multiPart("file", "My CV.pdf", pdf, PDF)
                .when().post("/api/resumes");
        created.then().statusCode(201).body("status", equalTo("pending")).body("primary", equalTo(true));
        UUID id = UUID.fromString(created.path("id"));

        JsonPath resume = ResumeApi.awaitStatus(token, id, Set.of("parsed", "failed")).jsonPath();
        assertEquals("parsed", resume.getString("status"), () -> resume.prettify());
        assertEquals("Jane Doe", resume.getString("resumeData.contact_info.full_name"));
        assertEquals("jane.doe@example.com", resume.getString("resumeData.contact_info.email"));
        assertEquals("+1 555 123 4567", resume.getString("resumeData.contact_info.phone"));
        assertEquals(List.of("Java", "PostgreSQL", "Kubernetes"), resume.getList("resumeData.skills"));
        assertEquals("English", resume.getString("resumeData.languages[0].language"));
        assertEquals("Native", resume.getString("resumeData.languages[0].fluency"));
        assertEquals("Backend engineer who builds payment systems.", resume.getString("resumeData.summary"));

        assertEquals("Senior Software Engineer", resume.getString("resumeData.work_experience[0].position"));
        assertEquals("Acme Corp", resume.getString("resumeData.work_experience[0].company"));
        assertEquals("2020-01", resume.getString("resumeData.work_experience[0].start_date"));
        assertTrue(resume.getBoolean("resumeData.work_experience[0].is_current"));
        assertEquals(List.of("Built the payment service"), resume.getList("resumeData.work_experience[0].responsibilities"));
        assertEquals("Software Engineer", resume.getString("resumeData.work_experience[1].position"));
        assertEquals("Globex Inc", resume.getString("resumeData.work_experience[1].company"));
        assertEquals(48, resume.getInt("resumeData.work_experience[1].months"));
        int currentMonths = (int) ChronoUnit.MONTHS.between(YearMonth.of(2020, 1), YearMonth.now()) + 1;
        assertEquals(currentMonths, resume.getInt("resumeData.work_experience[0].months"));
        // The roles overlap in January and February 2020; those months count once.
        assertEquals(currentMonths + 48 - 2, resume.getInt("totalExperienceMonths"));

        assertEquals("Bachelor of Science in Computer Science", resume.getString("resumeData.education[0].degree"));
        assertEquals("Computer Science", resume.getString("resumeData.education[0].field_of_study"));
        assertEquals("State University", resume.getString("resumeData.education[0].institution"));
        assertEquals("2015", resume.getString("resumeData.education[0].graduation_date"));
        assertTrue(resume.getDouble("resumeData.confidence.'contact_info.email'") > 0.5);

        assertEquals(1, resume.getInt("currentVersion"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), resume.getString("checksumSha256"));
        assertEquals("My CV.pdf", resume.getString("fileMetadata.original_filename"));
        assertEquals("My CV", resume.getString("title"));
        List<Path> stored = storedFiles();
        assertEquals(1, stored.size());
        assertTrue(stored.getFirst().getFileName().toString().matches("[0-9a-f-]{36}\\.pdf"), "we name stored files");
        assertEquals(1, db.count("SELECT count(*) FROM resume_versions v JOIN resumes r ON r.id = v.resume_id WHERE r.user_id = ?", user));

        given().auth().oauth2(token).get("/api/resumes/" + id + "/file").then().statusCode(200)
                .contentType(PDF).header("Content-Disposition", containsString("My%20CV.pdf"));
        byte[] downloaded = given().auth().oauth2(token).get("/api/resumes/" + id + "/file").asByteArray();
        assertEquals(pdf.length, downloaded.length);
    }

    @Test
    void docxIsParsed() {
        UUID id = ResumeApi.uploadParsed(token, "cv.docx", DOCX, Fixtures.docx(Fixtures.DOCX_RESUME));
        JsonPath resume = given().auth().oauth2(token).get("/api/resumes/" + id).jsonPath();
        assertEquals(DOCX, resume.getString("contentType"));
        assertEquals("Maria Garcia", resume.getString("resumeData.contact_info.full_name"));
        assertEquals("(312) 555-0199", resume.getString("resumeData.contact_info.phone"));
        assertEquals("ICU Nurse", resume.getString("resumeData.work_experience[0].position"));
        assertEquals("Mercy Hospital", resume.getString("resumeData.work_experience[0].company"));
        assertEquals("City Clinic", resume.getString("resumeData.work_experience[1].company"));
        assertEquals(48, resume.getInt("resumeData.work_experience[1].months"));
        // Jan 2015 - Dec 2018 and June 2018 - now overlap for seven months, which count once.
        int sinceJune2018 = (int) ChronoUnit.MONTHS.between(YearMonth.of(2018, 6), YearMonth.now()) + 1;
        assertEquals(48 + sinceJune2018 - 7, resume.getInt("totalExperienceMonths"));
        assertEquals("BLS", resume.getString("resumeData.certifications[0].name"));
        assertEquals("American Heart Association", resume.getString("resumeData.certifications[0].issuer"));
        assertEquals(List.of("Patient care", "Critical care", "Triage"), resume.getList("resumeData.skills"));
        assertEquals("Loyola University", resume.getString("resumeData.education[0].institution"));
    }

    @Test
    void aRoleMarkedCurrentRunsToTheDayTheFileWasWritten() {
        // Saved on 10 March 2022 and uploaded now: the current role, since January 2020, is 27 months long as the
        // resume states it, however long ago it was saved.
        UUID pdf = ResumeApi.uploadParsed(token, "old.pdf", PDF, Fixtures.twoColumnPdf(LocalDate.of(2022, 3, 10)));
        JsonPath fromPdf = given().auth().oauth2(token).get("/api/resumes/" + pdf).jsonPath();
        assertEquals("2022-03-10", fromPdf.getString("fileMetadata.written_on"));
        assertEquals(27, fromPdf.getInt("resumeData.work_experience[0].months"));
        assertEquals(27 + 48 - 2, fromPdf.getInt("totalExperienceMonths"));
        // A DOCX last saved on 31 May 2020: June 2018 to Present is 24 months, seven of them beside the clinic role.
        UUID docx = ResumeApi.uploadParsed(token, "old.docx", DOCX, Fixtures.docx(Fixtures.DOCX_RESUME,
                LocalDate.of(2020, 5, 31)));
        JsonPath fromDocx = given().auth().oauth2(token).get("/api/resumes/" + docx).jsonPath();
        assertEquals("2020-05-31", fromDocx.getString("fileMetadata.written_on"));
        assertEquals(24, fromDocx.getInt("resumeData.work_experience[0].months"));
        assertEquals(48 + 24 - 7, fromDocx.getInt("totalExperienceMonths"));
        // A JSON Resume says when it was last modified in its meta: a role without an end is current until then.
        UUID json = ResumeApi.uploadParsed(token, "resume.json", "application/json", """
                {"meta": {"lastModified": "2019-04-02T10:00:00"}, "basics": {"name": "Jo Son"},
                 "work": [{"name": "Bakery", "position": "Baker", "startDate": "2017-01-01"}]}""".getBytes());
        JsonPath fromJson = given().auth().oauth2(token).get("/api/resumes/" + json).jsonPath();
        assertEquals("2019-04-02", fromJson.getString("fileMetadata.written_on"));
        assertEquals(28, fromJson.getInt("totalExperienceMonths"));
        // A correction keeps the file's date: the roles are still as the file states them.
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"changes\":[{\"field\":\"summary\",\"value\":\"ICU nurse\"}]}")
                .post("/api/resumes/" + docx + "/corrections").then().statusCode(200);
        assertEquals(48 + 24 - 7, given().auth().oauth2(token).get("/api/resumes/" + docx).jsonPath()
                .getInt("totalExperienceMonths"));
    }

    @Test
    void theSameFileTwiceIsRecognised() {
        byte[] text = Fixtures.text("Sam Same\nsam@example.com\n\nSkills\nWelding, Forklift\n");
        String first = ResumeApi.upload(token, "a.txt", "text/plain", text).statusCode(201).extract().path("id");
        String second = ResumeApi.upload(token, "b.txt", "text/plain", text).statusCode(200).extract().path("id");
        assertEquals(first, second);
        assertEquals(1, db.count("SELECT count(*) FROM resumes WHERE user_id = ?", user));
        // Another person uploading the same bytes gets their own resume.
        ResumeApi.upload(TestTokens.candidate(UUID.randomUUID()), "a.txt", "text/plain", text).statusCode(201);
    }

    @Test
    void scannedPdfFailsWithAReasonAndNoInventedData() {
        String id = ResumeApi.upload(token, "scan.pdf", PDF, Fixtures.scannedPdf()).statusCode(201).extract().path("id");
        JsonPath resume = ResumeApi.awaitStatus(token, UUID.fromString(id), Set.of("failed", "parsed")).jsonPath();
        assertEquals("failed", resume.getString("status"));
        assertTrue(resume.getString("errorMessage").contains("no text layer"), resume.getString("errorMessage"));
        assertEquals(0, resume.getInt("currentVersion"));
        assertEquals(null, resume.getString("resumeData.contact_info.full_name"));
        assertEquals(null, resume.getString("resumeData.contact_info.email"));
        assertEquals(List.of(), resume.getList("resumeData.work_experience"));
        assertEquals(0, db.count("SELECT count(*) FROM resume_versions WHERE resume_id = ?::uuid", id));
    }

    @Test
    void refusedFilesAreExplainedAndLeaveNothingBehind() throws IOException {
        long workBefore = db.count("SELECT count(*) FROM resume_work WHERE kind = 'parse'");
        refused("encrypted.pdf", PDF, Fixtures.encryptedPdf(), 400, "encrypted");
        refused("bomb.docx", DOCX, Fixtures.zipBombDocx(), 400, "unpack");
        refused("photo.pdf", PDF, Fixtures.pngPretendingToBePdf(), 415, "image/png");
        refused("empty.txt", "text/plain", new byte[0], 400, "empty");
        refused("broken.pdf", PDF, "%PDF-1.7\n1 0 obj <<>> garbage".getBytes(), 400, "PDF");
        refused("not-resume.json", "application/json", "{\"name\":\"x\"}".getBytes(), 400, "JSON Resume");
        refused("latin1.txt", "text/plain", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'X', 'Y', 'Z'}, 400, "UTF-8");

        given().auth().oauth2(token).multiPart("title", "no file").when().post("/api/resumes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("file"));

        byte[] tooBig = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        given().auth().oauth2(token).multiPart("file", "big.txt", tooBig, "text/plain").when().post("/api/resumes")
                .then().statusCode(413).contentType(startsWith("application/problem+json"));

        assertEquals(0, db.count("SELECT count(*) FROM resumes WHERE user_id = ?", user));
        assertEquals(workBefore, db.count("SELECT count(*) FROM resume_work WHERE kind = 'parse'"));
        assertTrue(storedFiles().isEmpty());
    }

    @Test
    void theStorageProvidersOwnLimitsApply() {
        try {
            db.update("UPDATE storage_configs SET allowed_types = array_remove(allowed_types, 'text/plain') WHERE provider = 'local'");
            refused("cv.txt", "text/plain", Fixtures.text("Tess Type\ntess@example.com"), 415, "does not take text/plain");
            db.update("UPDATE storage_configs SET max_file_bytes = 100 WHERE provider = 'local'");
            ResumeApi.upload(token, "cv.docx", DOCX, Fixtures.docx(Fixtures.DOCX_RESUME)).statusCode(413)
                    .body("detail", containsString("up to 100 bytes"));
        } finally {
            db.update("""
                    UPDATE storage_configs SET max_file_bytes = 10485760,
                           allowed_types = ARRAY['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain', 'application/json']
                    WHERE provider = 'local'""");
        }
        assertEquals(0, db.count("SELECT count(*) FROM resumes WHERE user_id = ?", user));
    }

    @Test
    void clientFileNamesCannotEscapeStorage() throws IOException {
        String id = ResumeApi.upload(token, "../../etc/passwd.txt", "text/plain", Fixtures.text("Pat Path\npat@example.com"))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(token).get("/api/resumes/" + id).then()
                .body("fileMetadata.original_filename", equalTo("passwd.txt"));
        List<Path> stored = storedFiles();
        assertEquals(1, stored.size());
        assertTrue(stored.getFirst().startsWith(Path.of(storageDir).toAbsolutePath().resolve(user.toString())));
        assertFalse(stored.getFirst().getFileName().toString().contains("passwd"));
    }

    private void refused(String name, String mediaType, byte[] content, int status, String why) {
        ResumeApi.upload(token, name, mediaType, content)
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("errors[0].field", equalTo("file"))
                .body("detail", containsString(why));
    }

    private List<Path> storedFiles() throws IOException {
        Path dir = Path.of(storageDir).toAbsolutePath().resolve(user.toString());
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void twoFirstUploadsAtOnceBothSucceedAndExactlyOneIsPrimary() throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> uploads = new java.util.ArrayList<>();
            for (String name : List.of("first.txt", "second.txt")) {
                uploads.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token)
                            .multiPart("file", name, Fixtures.text("Racing Resume " + name + "\nracer@example.com\n"), "text/plain")
                            .when().post("/api/resumes").then().extract().statusCode();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> upload : uploads) {
                assertEquals(201, upload.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, db.count("SELECT count(*) FROM resumes WHERE user_id = ?", user));
        assertEquals(1, db.count("SELECT count(*) FROM resumes WHERE user_id = ? AND is_primary", user));
    }

    @Test
    void jsonEndpointsBelowTheUploadPathKeepTheSmallBodyLimit() {
        UUID id = ResumeApi.uploadParsed(token, "small.txt", "text/plain", Fixtures.text("Sam Small\nsam@example.com\n"));
        String big = "{\"changes\":[{\"field\":\"summary\",\"value\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}]}";
        given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON).body(big)
                .when().post("/api/resumes/" + id + "/corrections")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("1048576"));
    }

    /** Issue 21: the same limits hold for bodies sent chunked (no Content-Length), which the edge used to read in full. */
    @Test
    void chunkedBodiesGetTheLimitOfTheirRoute() {
        UUID id = ResumeApi.uploadParsed(token, "chunk.txt", "text/plain", Fixtures.text("Cory Chunk\ncory@example.com\n"));
        java.util.Map<String, String> auth = java.util.Map.of("Authorization", "Bearer " + token);
        String corrections = "/api/resumes/" + id + "/corrections";

        ChunkedRequests.Answer small = ChunkedRequests.post(corrections, auth, "application/json",
                "{\"changes\":[{\"field\":\"summary\",\"value\":\"", 1000, 'x', "\"}]}");
        assertEquals(200, small.status(), small.body());
        ChunkedRequests.Answer big = ChunkedRequests.post(corrections, auth, "application/json",
                "{\"changes\":[{\"field\":\"summary\",\"value\":\"", 2L * 1024 * 1024, 'x', "\"}]}");
        assertEquals(413, big.status(), big.body());
        assertTrue(big.contentType().startsWith("application/problem+json"), big.contentType());
        assertTrue(big.body().contains("1048576"), big.body());
        assertEquals(2, db.count("SELECT count(*) FROM resume_versions WHERE resume_id = ?", id));

        String boundary = "chunked-boundary-7";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nChunky Upload\nchunky@example.com\n\nSkills\nWelding\n";
        String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nChunked\r\n--" + boundary + "--\r\n";
        String multipart = "multipart/form-data; boundary=" + boundary;
        ChunkedRequests.Answer upload = ChunkedRequests.post("/api/resumes", auth, multipart, head, 20_000, ' ', tail);
        assertEquals(201, upload.status(), upload.body());
        ChunkedRequests.Answer tooBig = ChunkedRequests.post("/api/resumes", auth, multipart, head, 10L * 1024 * 1024, ' ', tail);
        assertEquals(413, tooBig.status(), tooBig.body());
        assertTrue(tooBig.contentType().startsWith("application/problem+json"), tooBig.contentType());
        assertEquals(2, db.count("SELECT count(*) FROM resumes WHERE user_id = ?", user));
    }

    @Test
    void aJsonResumeWithANulByteFailsOnceWithAReason() {
        byte[] document = """
                {"basics":{"name":"Nul\\u0000Person","email":"nul@example.com","summary":"Welder"},
                 "work":[{"name":"Steel Ltd","position":"Welder","startDate":"2019-01"}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String id = ResumeApi.upload(token, "resume.json", "application/json", document).statusCode(201)
                .extract().path("id");
        JsonPath resume = ResumeApi.awaitStatus(token, UUID.fromString(id), Set.of("parsed", "failed")).jsonPath();
        assertEquals("failed", resume.getString("status"), () -> resume.prettify());
        assertTrue(resume.getString("errorMessage").contains("NUL"), () -> resume.prettify());
        assertEquals(0, db.count("SELECT count(*) FROM resume_work WHERE resume_id = ? AND kind = 'parse' AND status <> 'done'",
                UUID.fromString(id)));
    }
}
