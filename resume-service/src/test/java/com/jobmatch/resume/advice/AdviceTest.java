package com.jobmatch.resume.advice;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.jobmatch.common.testing.RateLimits.assertTooManyRequests;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Analyses and optimizations come from (faked) ai-service and matching-service; decisions and feedback are stored. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class AdviceTest {

    private static final String ANALYSIS = """
            {"analysisId":"6f1c4d3e-1111-4aaa-8bbb-000000000001","overallScore":72.5,"atsScore":64,
             "sectionsPresent":["contact","experience"],"sectionsMissing":["summary"],
             "findings":[{"code":"NO_SUMMARY","severity":"WARNING","message":"No summary","fix":"Add two lines about you","pointsLost":8}]}""";

    private static final String SUGGESTIONS = """
            {"optimizationId":"6f1c4d3e-2222-4aaa-8bbb-000000000002","source":"rules","suggestions":[
              {"id":"s1","type":"REWRITE_BULLET","section":"experience","field":"work_experience[0].description",
               "before":"Drove trucks","after":"Drove 40-ton trucks 100,000 km without incident","why":"Quantify"},
              {"id":"s2","type":"SURFACE_SKILL","section":"skills","field":"skills","before":null,"after":"ADR licence","why":"The job requires it"}]}""";

    @Inject
    AgroalDataSource dataSource;

    Db db;
    UUID user;
    String token;
    UUID resumeId;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
        user = UUID.randomUUID();
        token = TestTokens.candidate(user);
        resumeId = ResumeApi.uploadParsed(token, "cv.txt", "text/plain", Fixtures.text("""
                Tom Trucker
                tom@example.com

                Experience
                Truck Driver at Haulage Ltd
                2015 - Present
                Drove trucks

                Skills
                Driving
                """));
    }

    @Test
    void analysisIsRequestedStoredAndListed() {
        FakeServices.server().stubFor(post(urlEqualTo("/api/ai/analysis/resume")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(ANALYSIS)));
        given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/analyses").then().statusCode(201)
                .body("overallScore", org.hamcrest.Matchers.equalTo(72.5f))
                .body("version", org.hamcrest.Matchers.equalTo(1))
                .body("findings[0].code", org.hamcrest.Matchers.equalTo("NO_SUMMARY"));
        given().auth().oauth2(token).get("/api/resumes/" + resumeId + "/analyses").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].sectionsMissing[0]", org.hamcrest.Matchers.equalTo("summary"))
                .body("page", org.hamcrest.Matchers.equalTo(0)).body("size", org.hamcrest.Matchers.equalTo(20))
                .body("total", org.hamcrest.Matchers.equalTo(1));
        FakeServices.server().verify(postRequestedFor(urlEqualTo("/api/ai/analysis/resume"))
                .withRequestBody(matchingJsonPath("$.candidate.name", equalTo("Tom Trucker")))
                .withRequestBody(matchingJsonPath("$.text", containing("Drove trucks"))));
    }

    @Test
    void aiDownGivesA503AndStoresNothing() {
        FakeServices.server().stubFor(post(urlEqualTo("/api/ai/analysis/resume")).willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/analyses").then().statusCode(503)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        assertEquals(0, db.count("SELECT count(*) FROM resume_analyses WHERE resume_id = ?", resumeId));
    }

    @Test
    void suggestionsAreAcceptedIntoVersionsOrRejectedAndGetFeedback() {
        UUID jobId = UUID.randomUUID();
        FakeServices.server().stubFor(get(urlPathEqualTo("/internal/jobs/" + jobId + "/profile")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"jobId\":\"" + jobId + "\",\"title\":\"HGV Driver\",\"requiredSkills\":[]}")));
        FakeServices.server().stubFor(post(urlEqualTo("/api/ai/optimizations")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(SUGGESTIONS)));

        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"jobId\":\"" + jobId + "\"}")
                .post("/api/resumes/" + resumeId + "/optimizations").then().statusCode(201)
                .body("", hasSize(2)).body("status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("pending")))
                .extract().jsonPath();
        FakeServices.server().verify(postRequestedFor(urlEqualTo("/api/ai/optimizations"))
                .withRequestBody(matchingJsonPath("$.job.title", equalTo("HGV Driver"))));
        // the job is asked for on behalf of the resume's owner, so a job they brought for themselves is served
        FakeServices.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/internal/jobs/" + jobId + "/profile")).withQueryParam("forUser", equalTo(user.toString())));
        String rewrite = created.getString("find { it.type == 'REWRITE_BULLET' }.id");
        String skill = created.getString("find { it.type == 'SURFACE_SKILL' }.id");

        given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/optimizations/" + rewrite + "/accept").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("accepted"))
                .body("appliedVersion", org.hamcrest.Matchers.equalTo(2));
        given().auth().oauth2(token).get("/api/resumes/" + resumeId).then()
                .body("resumeData.work_experience[0].description", org.hamcrest.Matchers.equalTo("Drove 40-ton trucks 100,000 km without incident"));
        given().auth().oauth2(token).get("/api/resumes/" + resumeId + "/versions/2").then()
                .body("changeSource", org.hamcrest.Matchers.equalTo("optimization"));
        given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/optimizations/" + rewrite + "/accept").then()
                .statusCode(409);

        given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/optimizations/" + skill + "/reject").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("rejected"));
        given().auth().oauth2(token).get("/api/resumes/" + resumeId).then()
                .body("currentVersion", org.hamcrest.Matchers.equalTo(2))
                .body("resumeData.skills", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("ADR licence")));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"rating\":5,\"comment\":\"spot on\"}")
                .post("/api/resumes/" + resumeId + "/optimizations/" + rewrite + "/feedback").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"rating\":9}")
                .post("/api/resumes/" + resumeId + "/optimizations/" + rewrite + "/feedback").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("rating"));
        given().auth().oauth2(token).get("/api/resumes/" + resumeId + "/feedback").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].comment", org.hamcrest.Matchers.equalTo("spot on"))
                .body("total", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(token).get("/api/resumes/" + resumeId + "/optimizations").then().statusCode(200)
                .body("items", hasSize(2)).body("total", org.hamcrest.Matchers.equalTo(2));
        // Paged: one suggestion per page, the second page holds the other one, the total counts both.
        given().auth().oauth2(token).queryParam("size", 1).queryParam("page", 1)
                .get("/api/resumes/" + resumeId + "/optimizations").then().statusCode(200)
                .body("items", hasSize(1)).body("page", org.hamcrest.Matchers.equalTo(1))
                .body("size", org.hamcrest.Matchers.equalTo(1)).body("total", org.hamcrest.Matchers.equalTo(2));
        given().auth().oauth2(token).queryParam("size", 0).get("/api/resumes/" + resumeId + "/optimizations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("size"));
    }

    @Test
    void unknownJobOrMissingJobIdIsA400AndStoresNothing() {
        UUID jobId = UUID.randomUUID();
        FakeServices.server().stubFor(get(urlPathEqualTo("/internal/jobs/" + jobId + "/profile")).willReturn(aResponse().withStatus(404)));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"jobId\":\"" + jobId + "\"}")
                .post("/api/resumes/" + resumeId + "/optimizations").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("jobId"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .post("/api/resumes/" + resumeId + "/optimizations").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("jobId"));
        assertEquals(0, db.count("SELECT count(*) FROM resume_optimizations WHERE resume_id = ?", resumeId));
    }

    @Test
    void acceptingABulletRewriteEditsOnlyThatBullet() {
        UUID multi = ResumeApi.uploadParsed(token, "bullets.txt", "text/plain", Fixtures.text("""
                Tom Trucker
                tom@example.com

                Experience
                Truck Driver at Haulage Ltd
                2015 - Present
                - Planned routes across Europe
                - Responsible for loading the trailers
                - Trained new drivers

                Skills
                Driving
                """));
        String description = given().auth().oauth2(token).get("/api/resumes/" + multi).then().statusCode(200)
                .extract().path("resumeData.work_experience[0].description");
        org.junit.jupiter.api.Assertions.assertTrue(description.contains("Responsible for loading the trailers"), description);
        String suggestions = """
                {"optimizationId":"6f1c4d3e-3333-4aaa-8bbb-000000000003","source":"rules","suggestions":[
                  {"id":"rewrite-0-1","type":"REWRITE_BULLET","section":"experience","field":"work_experience[0].description",
                   "before":"Responsible for loading the trailers","after":"Loaded the trailers","why":"Lead with a verb"}]}""";
        String suggestion = optimizeWith(multi, suggestions).getString("[0].id");

        given().auth().oauth2(token).post("/api/resumes/" + multi + "/optimizations/" + suggestion + "/accept").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("accepted"));
        given().auth().oauth2(token).get("/api/resumes/" + multi).then()
                .body("resumeData.work_experience[0].description", org.hamcrest.Matchers.equalTo(
                        description.replace("Responsible for loading the trailers", "Loaded the trailers")))
                .body("resumeData.work_experience[0].description", org.hamcrest.Matchers.containsString("Planned routes across Europe"))
                .body("resumeData.work_experience[0].description", org.hamcrest.Matchers.containsString("Trained new drivers"));
    }

    @Test
    void aBulletRewriteWhoseBulletIsGoneIsAConflictAndChangesNothing() {
        String suggestions = """
                {"optimizationId":"6f1c4d3e-4444-4aaa-8bbb-000000000004","source":"rules","suggestions":[
                  {"id":"rewrite-0-0","type":"REWRITE_BULLET","section":"experience","field":"work_experience[0].description",
                   "before":"Parked trucks","after":"Parked 40-ton trucks","why":"Quantify"}]}""";
        String suggestion = optimizeWith(resumeId, suggestions).getString("[0].id");
        given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/optimizations/" + suggestion + "/accept").then()
                .statusCode(409).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        given().auth().oauth2(token).get("/api/resumes/" + resumeId).then()
                .body("currentVersion", org.hamcrest.Matchers.equalTo(1))
                .body("resumeData.work_experience[0].description", org.hamcrest.Matchers.equalTo("Drove trucks"));
    }

    @Test
    void aReorderSuggestionCanBeAcceptedAndRecordsTheSectionOrder() {
        String suggestions = """
                {"optimizationId":"6f1c4d3e-5555-4aaa-8bbb-000000000005","source":"rules","suggestions":[
                  {"id":"reorder-sections","type":"REORDER_SECTIONS","section":"layout","field":"sections",
                   "before":"Experience, Skills","after":"Skills, Experience","why":"The job asks for 3 skills"}]}""";
        String suggestion = optimizeWith(resumeId, suggestions).getString("[0].id");
        given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/optimizations/" + suggestion + "/accept").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("accepted"))
                .body("appliedVersion", org.hamcrest.Matchers.equalTo(2));
        given().auth().oauth2(token).get("/api/resumes/" + resumeId).then()
                .body("resumeData.section_order", org.hamcrest.Matchers.contains("Skills", "Experience"))
                .body("resumeData.work_experience[0].description", org.hamcrest.Matchers.equalTo("Drove trucks"));
    }

    @Test
    void analysesBeyondTheUsersBudgetAre429WithRetryAfterAndOtherUsersAreNotAffected() {
        FakeServices.server().stubFor(post(urlEqualTo("/api/ai/analysis/resume")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(ANALYSIS)));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/analyses").then().statusCode(201);
        }
        assertTooManyRequests(given().auth().oauth2(token).post("/api/resumes/" + resumeId + "/analyses").then());
        assertEquals(3, db.count("SELECT count(*) FROM resume_analyses WHERE resume_id = ?", resumeId));

        UUID other = UUID.randomUUID();
        String otherToken = TestTokens.candidate(other);
        UUID otherResume = ResumeApi.uploadParsed(otherToken, "other.txt", "text/plain", Fixtures.text("""
                Olga Other
                olga@example.com

                Skills
                Welding
                """));
        given().auth().oauth2(otherToken).post("/api/resumes/" + otherResume + "/analyses").then().statusCode(201);
    }

    private JsonPath optimizeWith(UUID resume, String suggestions) {
        UUID jobId = UUID.randomUUID();
        FakeServices.server().stubFor(get(urlPathEqualTo("/internal/jobs/" + jobId + "/profile")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"jobId\":\"" + jobId + "\",\"title\":\"HGV Driver\",\"requiredSkills\":[]}")));
        FakeServices.server().stubFor(post(urlEqualTo("/api/ai/optimizations")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(suggestions)));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"jobId\":\"" + jobId + "\"}")
                .post("/api/resumes/" + resume + "/optimizations").then().statusCode(201).extract().jsonPath();
    }
}
