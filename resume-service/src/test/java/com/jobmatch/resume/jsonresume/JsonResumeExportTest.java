package com.jobmatch.resume.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.FakeServices;
import com.jobmatch.resume.testing.ResumeApi;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: the JSON Resume export is valid against the official JSON Resume schema (v1.0.0, vendored under
 * src/test/resources/json-resume with its licence) and a round trip of the official sample keeps every section.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class JsonResumeExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(resource("/json-resume/schema-v1.0.0.json"));

    private final String token = TestTokens.candidate(UUID.randomUUID());

    @Test
    void theOfficialSampleRoundTripsWithEverySectionAndItsExportIsValid() throws IOException {
        JsonNode sample = JSON.readTree(resource("/json-resume/sample-v1.0.0.json"));
        UUID id = ResumeApi.uploadParsed(token, "sample.json", "application/json", JSON.writeValueAsBytes(sample));
        JsonNode exported = export(id);
        assertValid(exported);
        for (String section : List.of("basics", "work", "volunteer", "education", "awards", "publications", "skills",
                "languages", "interests", "references", "projects")) {
            assertTrue(exported.path(section).size() > 0, section + " is exported: " + exported.path(section));
            if (sample.path(section).isArray()) {
                assertEquals(sample.path(section).size(), exported.path(section).size(), section + " keeps every entry");
            }
        }
        // The sections resume_data does not model come back as they were (their URL given a scheme: the sample's
        // project URL "missdirection.example.com" has none, and the schema wants a URI).
        for (String section : List.of("volunteer", "awards", "publications", "interests", "references")) {
            assertEquals(sample.path(section), exported.path(section), section);
        }
        assertEquals("https://missdirection.example.com", exported.path("projects").path(0).path("url").asText());
        assertEquals(sample.path("projects").path(0).path("highlights"), exported.path("projects").path(0).path("highlights"));
        assertEquals(sample.path("skills"), exported.path("skills"), "skills keep their levels and keywords");
        assertEquals(sample.path("basics").path("label"), exported.path("basics").path("label"));
        assertEquals(sample.path("basics").path("location"), exported.path("basics").path("location"));
        assertEquals(sample.path("work").path(0).path("position"), exported.path("work").path(0).path("position"));

        // And again: importing the export gives the same export.
        UUID again = ResumeApi.uploadParsed(token, "again.json", "application/json", JSON.writeValueAsBytes(exported));
        assertEquals(exported, export(again));
    }

    @Test
    void aProfileUrlWithoutSchemeAndFreeTextDatesStillExportValid() throws IOException {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"title": "Typed CV", "resumeData": {"contact_info": {"full_name": "Ana Link", "email": "not an email",
                           "links": [{"name": "GitHub", "url": "github.com/ana"}, {"name": "Website", "url": "ana.example.org"},
                                     {"name": "Nothing", "url": "n/a"}]},
                          "work_experience": [{"company": "Bakery", "position": "Baker", "start_date": "Jan 2020", "end_date": "Present"}],
                          "education": [{"institution": "School", "graduation_date": "06/2015"}],
                          "certifications": [{"name": "Food safety", "date_obtained": "2019", "url": "cert.example.org/123"}],
                          "skills": ["Baking"]}}""")
                .post("/api/resumes/manual").then().statusCode(201).extract().path("id");
        JsonNode exported = export(UUID.fromString(id));
        assertValid(exported);
        assertEquals("https://ana.example.org", exported.path("basics").path("url").asText());
        assertEquals("https://github.com/ana", exported.path("basics").path("profiles").path(0).path("url").asText());
        assertFalse(exported.path("basics").path("profiles").path(1).has("url"), "n/a is no URL");
        assertFalse(exported.path("basics").has("email"));
        assertEquals("2020-01", exported.path("work").path(0).path("startDate").asText());
        assertFalse(exported.path("work").path(0).has("endDate"), "an ongoing role has no end date");
        assertEquals("2015-06", exported.path("education").path(0).path("endDate").asText());
        assertEquals("https://cert.example.org/123", exported.path("certificates").path(0).path("url").asText());
        // The schema wants a certificate's date in full (format "date"): a bare year is left out rather than invented.
        assertFalse(exported.path("certificates").path(0).has("date"));
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() throws IOException {
        // The check above can fail: a URL without a scheme and a free-text date are what the schema rejects.
        JsonNode invalid = JSON.readTree("""
                {"basics": {"name": "X", "url": "example.org", "email": "nope"}, "work": [{"startDate": "Jan 2020"}]}""");
        Set<ValidationMessage> errors = SCHEMA.validate(invalid);
        assertTrue(errors.size() >= 2, errors.toString());
    }

    private JsonNode export(UUID id) throws IOException {
        return JSON.readTree(given().auth().oauth2(token).get("/api/resumes/" + id + "/json-resume")
                .then().statusCode(200).extract().asString());
    }

    private static void assertValid(JsonNode exported) {
        Set<ValidationMessage> errors = SCHEMA.validate(exported);
        assertTrue(errors.isEmpty(), () -> errors + " in " + exported.toPrettyString());
    }

    private static InputStream resource(String path) {
        return JsonResumeExportTest.class.getResourceAsStream(path);
    }
}
