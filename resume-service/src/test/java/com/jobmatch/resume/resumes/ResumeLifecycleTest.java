package com.jobmatch.resume.resumes;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.Fixtures;
import com.jobmatch.resume.testing.ResumeApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Corrections, versions, restore, JSON Resume round trip, primary, settings, listing, search and delete. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ResumeLifecycleTest {

    private static final String RESUME = """
            Carl Correct
            carl@example.com

            Experience
            Forklift Operator at Depot Logistics Ltd
            Jan 2018 - Dec 2019

            Skills
            Forklift, Inventory
            """;

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
    void correctionsMakeVersionsThatCanBeComparedAndRestored() {
        UUID id = ResumeApi.uploadParsed(token, "carl.txt", "text/plain", Fixtures.text(RESUME));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"summary": "fix email and dates", "changes": [
                          {"field": "contact_info.email", "value": "carl@new.example.com"},
                          {"field": "work_experience[0].end_date", "value": "2020-12"},
                          {"field": "skills", "value": "Safety"}]}""")
                .when().post("/api/resumes/" + id + "/corrections")
                .then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("resumeData.contact_info.email", equalTo("carl@new.example.com"))
                .body("resumeData.skills", contains("Forklift", "Inventory", "Safety"))
                .body("resumeData.work_experience[0].months", equalTo(36))
                .body("totalExperienceMonths", equalTo(36))
                .body("resumeData.confidence.'contact_info.email'", equalTo(1.0f));

        given().auth().oauth2(token).get("/api/resumes/" + id + "/versions").then().statusCode(200)
                .body("items.version", contains(2, 1))
                .body("items.changeSource", contains("correction", "parse"))
                .body("total", equalTo(2));
        given().auth().oauth2(token).queryParam("size", 1).queryParam("page", 1).get("/api/resumes/" + id + "/versions")
                .then().statusCode(200).body("items.version", contains(1)).body("total", equalTo(2));
        given().auth().oauth2(token).queryParam("page", -1).get("/api/resumes/" + id + "/versions")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        JsonPath v2 = given().auth().oauth2(token).get("/api/resumes/" + id + "/versions/2").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("fix email and dates", v2.getString("changeSummary"));
        List<String> fields = v2.getList("changes.field");
        assertTrue(fields.containsAll(List.of("contact_info.email", "work_experience[0].end_date", "skills",
                "work_experience[0].months", "total_experience_months")), fields.toString());
        assertEquals("carl@example.com", v2.getString("changes.find { it.field == 'contact_info.email' }.oldValue"));

        given().auth().oauth2(token).queryParam("from", 1).queryParam("to", 2)
                .get("/api/resumes/" + id + "/versions/compare").then().statusCode(200)
                .body("changes.field", hasItem("contact_info.email"))
                .body("changes.find { it.field == 'contact_info.email' }.changeType", equalTo("modified"));

        given().auth().oauth2(token).post("/api/resumes/" + id + "/versions/1/restore").then().statusCode(200)
                .body("currentVersion", equalTo(3))
                .body("resumeData.contact_info.email", equalTo("carl@example.com"))
                .body("totalExperienceMonths", equalTo(24));
        given().auth().oauth2(token).get("/api/resumes/" + id + "/versions/3").then()
                .body("changeSource", equalTo("restore"));
        given().auth().oauth2(token).post("/api/resumes/" + id + "/versions/9/restore").then().statusCode(404);
    }

    @Test
    void badCorrectionsNameTheFieldAndChangeNothing() {
        UUID id = ResumeApi.uploadParsed(token, "carl.txt", "text/plain", Fixtures.text(RESUME));
        String before = db.text("SELECT resume_data::text FROM resumes WHERE id = ?", id);
        badCorrection(id, "{\"changes\": []}", "changes");
        badCorrection(id, "{\"changes\": [{\"field\": \"\", \"value\": 1}]}", "changes[0].field");
        badCorrection(id, "{\"changes\": [{\"field\": \"contact_info..email\", \"value\": 1}]}", "changes[0].field");
        badCorrection(id, "{\"changes\": [{\"field\": \"work_experience[7].company\", \"value\": \"X\"}]}", "changes[0].field");
        badCorrection(id, "{\"changes\": [{\"field\": \"confidence\", \"value\": {}}]}", "changes[0].field");
        badCorrection(id, "{\"changes\": [{\"field\": \"contact_info.nickname\", \"value\": \"C\"}]}", "contact_info.nickname");
        badCorrection(id, "{\"changes\": [{\"field\": \"work_experience\", \"value\": \"not a list\"}]}", "work_experience");
        assertEquals(before, db.text("SELECT resume_data::text FROM resumes WHERE id = ?", id));
        assertEquals(1, db.count("SELECT count(*) FROM resume_versions WHERE resume_id = ?", id));
    }

    private void badCorrection(UUID id, String body, String field) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/resumes/" + id + "/corrections")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aResumeCanBeEnteredByHand() {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"title": "Typed CV", "resumeData": {"contact_info": {"full_name": "Hana Hand"},
                          "work_experience": [{"company": "Bakery", "position": "Baker", "start_date": "2020-01", "end_date": "2020-06"}],
                          "skills": ["Baking"]}}""")
                .post("/api/resumes/manual").then().statusCode(201)
                .body("status", equalTo("manual")).body("source", equalTo("manual")).body("currentVersion", equalTo(1))
                .body("totalExperienceMonths", equalTo(6)).body("primary", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(token).get("/api/resumes/" + id + "/versions/1").then().body("changeSource", equalTo("manual"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"changes\":[{\"field\":\"summary\",\"value\":\"Early riser\"}]}")
                .post("/api/resumes/" + id + "/corrections").then().statusCode(200).body("currentVersion", equalTo(2));

        badManual("{\"title\": \"x\", \"resumeData\": {\"contact_info\": {\"nick\": \"H\"}}}", "resumeData.contact_info.nick");
        badManual("{\"title\": \"x\", \"resumeData\": {\"skills\": \"Baking\"}}", "resumeData.skills");
        badManual("{\"title\": \"x\", \"resumeData\": \"text\"}", "resumeData");
        badManual("{\"resumeData\": {}}", "title");
        assertEquals(1, db.count("SELECT count(*) FROM resumes WHERE user_id = ?", user));
    }

    /** A search headline carries the resume's text escaped; only the highlight markup is ours (issue 21). */
    @Test
    void searchHeadlinesEscapeTheResumesOwnMarkup() {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"title": "Plumber", "resumeData": {"contact_info": {"full_name": "Xena Script"},
                          "summary": "Plumbing expert <img src=x onerror=alert(1)> with ten years of plumbing work"}}""")
                .post("/api/resumes/manual").then().statusCode(201);
        String headline = given().auth().oauth2(token).queryParam("q", "plumbing").get("/api/resumes/search")
                .then().statusCode(200).extract().path("items[0].headline");
        assertTrue(headline.contains("&lt;img src=x"), headline);
        assertFalse(headline.contains("<img"), headline);
        assertTrue(headline.contains("<b>Plumbing</b>"), headline);
    }

    private void badManual(String body, String field) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/resumes/manual")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(containsString(field)));
    }

    @Test
    void comparingNeedsBothVersions() {
        UUID id = ResumeApi.uploadParsed(token, "carl.txt", "text/plain", Fixtures.text(RESUME));
        given().auth().oauth2(token).queryParam("to", 1).get("/api/resumes/" + id + "/versions/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(token).queryParam("from", 0).queryParam("to", 1).get("/api/resumes/" + id + "/versions/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(token).queryParam("from", 1).queryParam("to", 5).get("/api/resumes/" + id + "/versions/compare")
                .then().statusCode(404);
    }

    @Test
    void jsonResumeRoundTripKeepsEveryModelledField() {
        UUID imported = ResumeApi.uploadParsed(token, "resume.json", "application/json", Fixtures.jsonResume());
        JsonPath first = given().auth().oauth2(token).get("/api/resumes/" + imported).jsonPath();
        assertEquals("Richard Hendriks", first.getString("resumeData.contact_info.full_name"));
        assertEquals("Pied Piper", first.getString("resumeData.work_experience[0].company"));
        assertEquals("CEO/President", first.getString("resumeData.work_experience[0].position"));
        assertEquals("University of Oklahoma", first.getString("resumeData.education[0].institution"));
        assertEquals(4.0, first.getDouble("resumeData.education[0].gpa"));
        assertTrue(first.getList("resumeData.skills").containsAll(List.of("Web Development", "HTML", "Compression")));
        assertEquals("import", given().auth().oauth2(token).get("/api/resumes/" + imported + "/versions/1").path("changeSource"));

        String exported = given().auth().oauth2(token).get("/api/resumes/" + imported + "/json-resume")
                .then().statusCode(200).body("basics.name", equalTo("Richard Hendriks"))
                .body("work[0].name", equalTo("Pied Piper")).extract().asString();
        UUID again = ResumeApi.uploadParsed(token, "again.json", "application/json", exported.getBytes());
        Map<String, Object> original = first.getMap("resumeData");
        Map<String, Object> roundTripped = given().auth().oauth2(token).get("/api/resumes/" + again).jsonPath().getMap("resumeData");
        assertEquals(original, roundTripped);
    }

    @Test
    void listingPrimarySettingsSearchAndDelete() throws Exception {
        UUID first = ResumeApi.uploadParsed(token, "one.txt", "text/plain", Fixtures.text("Lena List\nlena@example.com\n\nSkills\nCarpentry, Welding\n"));
        UUID second = ResumeApi.uploadParsed(token, "two.txt", "text/plain", Fixtures.text("Lena List\nlena@example.com\n\nSkills\nPlumbing\n"));

        given().auth().oauth2(token).queryParam("sort", "created_at").queryParam("direction", "asc").queryParam("size", 1)
                .get("/api/resumes").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1)).body("items[0].id", equalTo(first.toString()))
                .body("items[0].primary", equalTo(true));
        given().auth().oauth2(token).queryParam("sort", "created_at").queryParam("direction", "asc").queryParam("size", 1)
                .queryParam("page", 1).get("/api/resumes").then().body("items[0].id", equalTo(second.toString()));
        given().auth().oauth2(token).queryParam("sort", "salary").get("/api/resumes").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(token).queryParam("size", 1000).get("/api/resumes").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));

        given().auth().oauth2(token).put("/api/resumes/" + second + "/primary").then().statusCode(200).body("primary", equalTo(true));
        given().auth().oauth2(token).get("/api/resumes/" + first).then().body("primary", equalTo(false));

        given().auth().oauth2(token).queryParam("q", "plumbing").get("/api/resumes/search").then().statusCode(200)
                .body("items.id", contains(second.toString())).body("total", equalTo(1)).body("page", equalTo(0));
        String recruiter = TestTokens.recruiter(UUID.randomUUID());
        given().auth().oauth2(recruiter).queryParam("q", "carpentry").get("/api/resumes/search").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"searchable\": true, \"title\": \"Carpentry CV\"}")
                .patch("/api/resumes/" + first).then().statusCode(200).body("searchable", equalTo(true))
                .body("title", equalTo("Carpentry CV"));
        given().auth().oauth2(recruiter).queryParam("q", "carpentry").get("/api/resumes/search").then().statusCode(200)
                .body("items.id", contains(first.toString())).body("items[0].name", equalTo("Lena List"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\": \"   \"}")
                .patch("/api/resumes/" + first).then().statusCode(400).body("errors[0].field", containsString("title"));
        given().auth().oauth2(token).queryParam("q", "").get("/api/resumes/search").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));

        String key = db.text("SELECT storage_key FROM resumes WHERE id = ?", first);
        Path file = Path.of(storageDir).toAbsolutePath().resolve(key);
        assertTrue(Files.exists(file));
        given().auth().oauth2(token).delete("/api/resumes/" + first).then().statusCode(204);
        given().auth().oauth2(token).get("/api/resumes/" + first).then().statusCode(404);
        assertFalse(Files.exists(file), "the file is deleted with the resume");
        assertEquals(0, db.count("SELECT count(*) FROM resume_versions WHERE resume_id = ?", first));
        assertEquals(1, db.count("SELECT count(*) FROM resume_work WHERE resume_id = ? AND kind = 'notify' AND payload ->> 'deleted' = 'true'", first));
    }
}
