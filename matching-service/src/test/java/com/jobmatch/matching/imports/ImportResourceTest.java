package com.jobmatch.matching.imports;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ImportResourceTest {

    private static final String IMPORTS = "/api/jobs/imports";

    @Inject
    AgroalDataSource db;

    private final String admin = "Bearer " + TestTokens.admin(UUID.randomUUID());

    @Test
    void jsonImportCountsNewThenUnchangedThenUpdated() {
        String p = TestJobs.uniquePrefix();
        String batch = TestJobs.array(TestJobs.posting(p + "1", "Data Engineer", "Acme " + p, "v1"),
                TestJobs.posting(p + "2", "Nurse", "Care " + p, "v1"));
        String id = importJson(batch).statusCode(201)
                .body("format", equalTo("JSON")).body("status", equalTo("COMPLETED"))
                .body("totalRows", equalTo(2)).body("newCount", equalTo(2)).body("unchangedCount", equalTo(0))
                .extract().path("id");
        importJson(batch).statusCode(201).body("newCount", equalTo(0)).body("unchangedCount", equalTo(2)).body("updatedCount", equalTo(0));
        String changed = TestJobs.array(TestJobs.posting(p + "1", "Data Engineer", "Acme " + p, "v2"),
                TestJobs.posting(p + "2", "Nurse", "Care " + p, "v1"));
        importJson(changed).statusCode(201).body("updatedCount", equalTo(1)).body("unchangedCount", equalTo(1));

        assertEquals(2, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", p + "%"));
        assertEquals("PINK", TestJobs.text(db, "SELECT collar_type FROM jobs WHERE external_id = ?", p + "2"));
        assertEquals("title mentions 'nurse'", TestJobs.text(db, "SELECT collar_reason FROM jobs WHERE external_id = ?", p + "2"));
        assertEquals("WHITE", TestJobs.text(db, "SELECT collar_type FROM jobs WHERE external_id = ?", p + "1"));
        given().header("Authorization", admin).get(IMPORTS + "/" + id).then().statusCode(200)
                .body("newCount", equalTo(2)).body("requestedBy", notBlank());
    }

    @Test
    void aPlaceWrittenAsOneLineGivesTheJobItsCity() {
        String p = TestJobs.uniquePrefix();
        String batch = """
                [{"externalId":"%1$sc1","title":"Warehouse Associate","company":"Quiet Freight","description":"Pick and pack.",
                  "location":"Seattle, Washington, US","region":"Washington","country":"US"},
                 {"externalId":"%1$sc2","title":"Accountant","company":"Ledger","description":"Close the books.",
                  "location":"Remote (US)","country":"US"}]""".formatted(p);
        importJson(batch).statusCode(201).body("newCount", equalTo(2));
        // before, only postings that list their cities had one: someone in Seattle read this job as "not near Seattle"
        assertEquals("{Seattle}", TestJobs.text(db, "SELECT cities_derived FROM jobs WHERE external_id = ?", p + "c1"));
        assertEquals("{}", TestJobs.text(db, "SELECT cities_derived FROM jobs WHERE external_id = ?", p + "c2"));
    }

    @Test
    void invalidRowsAreRejectedWithRowAndReasonWhileValidRowsAreStored() {
        String p = TestJobs.uniquePrefix();
        String batch = "[" + TestJobs.posting(p + "ok", "Analyst", "Globex", "x") + ","
                + "{\"externalId\":\"" + p + "no-title\",\"company\":\"Globex\"},"
                + "{\"externalId\":\"" + p + "bad-salary\",\"title\":\"A\",\"company\":\"B\",\"salary\":{\"min\":10,\"max\":5}},"
                + "{\"externalId\":\"" + p + "bad-enum\",\"title\":\"A\",\"company\":\"B\",\"workArrangement\":\"MOON\"},"
                + "\"not an object\"]";
        String id = importJson(batch).statusCode(201).body("totalRows", equalTo(5)).body("newCount", equalTo(1))
                .body("rejectedCount", equalTo(4))
                .body("rejections.row", equalTo(java.util.List.of(2, 3, 4, 5)))
                .body("rejections[0].reason", startsWith("title:"))
                .body("rejections[1].reason", containsString("min is greater than max"))
                .body("rejections[2].reason", startsWith("workArrangement:"))
                .extract().path("id");
        given().header("Authorization", admin).get(IMPORTS + "/" + id).then().statusCode(200)
                .body("rejections", hasSize(4)).body("rejections[0].externalId", equalTo(p + "no-title"));
        assertEquals(1, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", p + "%"));
    }

    @Test
    void unreadableFilesAreRefusedWithTheRowAndNothingIsStored() {
        long imports = TestJobs.count(db, "SELECT count(*) FROM bulk_imports");
        long jobs = TestJobs.count(db, "SELECT count(*) FROM jobs");
        given().header("Authorization", admin).contentType("text/csv").body(fixture("bad-quote.csv"))
                .queryParam("column", "externalId=id", "title=title", "company=company", "description=description")
                .post(IMPORTS).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("after data row 1"));
        given().header("Authorization", admin).contentType("text/csv").body(fixture("linkedin-2018-sample.csv"))
                .queryParam("column", "title=Job Title").post(IMPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("column")).body("detail", containsString("'Job Title'"));
        given().header("Authorization", admin).contentType("text/csv").body("a,b\n").queryParam("preset", "nope")
                .post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("preset"));
        given().header("Authorization", admin).contentType("application/json").body("{\"jobs\": 3}")
                .post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().header("Authorization", admin).contentType("application/ld+json").body("[{\"@type\":")
                .post(IMPORTS).then().statusCode(400).body("detail", containsString("line 1"));
        assertEquals(imports, TestJobs.count(db, "SELECT count(*) FROM bulk_imports"));
        assertEquals(jobs, TestJobs.count(db, "SELECT count(*) FROM jobs"));
    }

    /** Issue 21: a CSV the parser cannot read is explained in our words, never with the library's exception text. */
    @Test
    void malformedCsvIsExplainedWithoutTheLibrarysText() {
        given().header("Authorization", admin).contentType("text/csv").body(fixture("bad-quote.csv"))
                .queryParam("column", "externalId=id", "title=title", "company=company", "description=description")
                .post(IMPORTS).then().statusCode(400)
                .body("detail", containsString("quoted field"))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("encapsulated")));
    }

    @Test
    void jsonLdJobPostingsImport() {
        String p = TestJobs.uniquePrefix();
        String doc = """
                {"@context":"https://schema.org","@graph":[
                 {"@type":"JobPosting","identifier":{"@type":"PropertyValue","value":"%1$sld1"},"title":"Solar Panel Installer",
                  "hiringOrganization":{"@type":"Organization","name":"SunWorks"},"datePosted":"2026-01-02",
                  "description":"<p>Install <b>photovoltaic</b> systems.</p>","employmentType":["FULL_TIME","CONTRACTOR"],
                  "jobLocation":{"@type":"Place","address":{"addressLocality":"Munich","addressRegion":"BY","addressCountry":"DE"}},
                  "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":40000,"maxValue":52000,"unitText":"YEAR"}},
                  "industry":"Renewable Energy","url":"https://jobs.example.org/ld1"},
                 {"@type":"JobPosting","identifier":"%1$sld2","title":"Remote Accountant","hiringOrganization":"Ledger GmbH",
                  "jobLocationType":"TELECOMMUTE","description":"Close the books."},
                 {"@type":"Organization","name":"not a posting"}]}""".formatted(p);
        given().header("Authorization", admin).contentType("application/ld+json").body(doc).post(IMPORTS)
                .then().statusCode(201).body("format", equalTo("JSON_LD")).body("newCount", equalTo(2))
                .body("rejectedCount", equalTo(1)).body("rejections[0].row", equalTo(3));
        assertEquals("GREEN", TestJobs.text(db, "SELECT collar_type FROM jobs WHERE external_id = ?", p + "ld1"));
        assertEquals("Munich", TestJobs.text(db, "SELECT cities_derived[1] FROM jobs WHERE external_id = ?", p + "ld1"));
        assertEquals("{FULL_TIME,CONTRACT}", TestJobs.text(db, "SELECT ai_employment_type FROM jobs WHERE external_id = ?", p + "ld1"));
        assertEquals("46000.00", TestJobs.text(db, "SELECT ai_salary_value FROM jobs WHERE external_id = ?", p + "ld1"));
        assertEquals("Install photovoltaic systems.", TestJobs.text(db, "SELECT description FROM jobs WHERE external_id = ?", p + "ld1"));
        assertEquals("REMOTE", TestJobs.text(db, "SELECT ai_work_arrangement FROM jobs WHERE external_id = ?", p + "ld2"));
    }

    @Test
    void linkedInAndGlassdoorCsvImportAsTheyAreAndAreIdempotent() {
        String source = "li-" + TestJobs.uniquePrefix();
        given().header("Authorization", admin).contentType("text/csv").body(fixture("linkedin-2018-sample.csv"))
                .queryParam("preset", "linkedin-2018").queryParam("source", source).post(IMPORTS)
                .then().statusCode(201).body("format", equalTo("CSV")).body("newCount", equalTo(3)).body("rejectedCount", equalTo(0));
        given().header("Authorization", admin).contentType("text/csv").body(fixture("linkedin-2018-sample.csv"))
                .queryParam("preset", "linkedin-2018").queryParam("source", source).post(IMPORTS)
                .then().statusCode(201).body("newCount", equalTo(0)).body("unchangedCount", equalTo(3));
        assertEquals("BLUE", TestJobs.text(db, "SELECT collar_type FROM jobs WHERE source = ? AND title = 'Warehouse Data Clerk'", source));
        assertEquals("{Internet,Software}", TestJobs.text(db, "SELECT ai_taxonomies_a FROM jobs WHERE source = ? AND company = 'Acme Analytics'", source));

        String gd = "gd-" + TestJobs.uniquePrefix();
        given().header("Authorization", admin).contentType("text/csv").body(fixture("glassdoor-2019-sample.csv"))
                .queryParam("preset", "glassdoor-2019").queryParam("source", gd).post(IMPORTS)
                .then().statusCode(201).body("newCount", equalTo(2));
        assertEquals("Umbrella Health", TestJobs.text(db, "SELECT company FROM jobs WHERE source = ? AND title = 'Senior Data Scientist'", gd));
        assertEquals("120000.00|160000.00|USD|YEAR", TestJobs.text(db,
                "SELECT concat_ws('|', ai_salary_minvalue, ai_salary_maxvalue, ai_salary_currency, ai_salary_period) FROM jobs WHERE source = ? AND title = 'Senior Data Scientist'", gd));
        assertEquals("HOUR", TestJobs.text(db, "SELECT ai_salary_period FROM jobs WHERE source = ? AND company = 'Stark Labs'", gd));
        assertEquals("GREY", TestJobs.text(db, "SELECT collar_type FROM jobs WHERE source = ? AND company = 'Stark Labs'", gd));
    }

    @Test
    void csvWithACustomColumnMapping() {
        String p = TestJobs.uniquePrefix();
        String csv = "Ref;Role;Employer;Where;Mode\n".replace(';', ',')
                + p + "c1,Electrician,Volt AG,Cologne,onsite\n"
                + p + "c2,Plumber,,Cologne,onsite\n"
                + p + "c3,Welder,Spark AG,Cologne,sometimes\n";
        given().header("Authorization", admin).contentType("text/csv").body(csv)
                .queryParam("column", "externalId=Ref", "title=Role", "company=Employer",
                        "location=Where", "workArrangement=Mode")
                .post(IMPORTS).then().statusCode(201).body("newCount", equalTo(1)).body("rejectedCount", equalTo(2))
                .body("rejections.reason", hasItem(startsWith("company:")))
                .body("rejections.reason", hasItem(startsWith("workArrangement:")));
        assertEquals("ONSITE", TestJobs.text(db, "SELECT ai_work_arrangement FROM jobs WHERE external_id = ?", p + "c1"));
    }

    @Test
    void nearDuplicatesAcrossSourcesShareACluster() {
        String p = TestJobs.uniquePrefix();
        String a = TestJobs.posting(p + "a", "Data Engineer", "Dup Corp " + p, "same text");
        String b = TestJobs.posting(p + "b", "DATA ENGINEER", "Dup Corp " + p + ".", "same   text")
                .replace("\"source\":\"test\"", "\"source\":\"other-board\"");
        importJson(TestJobs.array(a, b)).statusCode(201).body("newCount", equalTo(2));
        String clusterA = TestJobs.text(db, "SELECT cluster_id FROM jobs WHERE external_id = ?", p + "a");
        assertEquals(clusterA, TestJobs.text(db, "SELECT cluster_id FROM jobs WHERE external_id = ?", p + "b"));
        String canonical = TestJobs.text(db, "SELECT canonical_job_id FROM job_clusters WHERE id = CAST(? AS uuid)", clusterA);
        assertEquals(TestJobs.text(db, "SELECT id FROM jobs WHERE external_id = ?", p + "a"), canonical);
        given().header("Authorization", admin).queryParam("company", "Dup Corp " + p).get("/api/jobs")
                .then().statusCode(200).body("total", equalTo(1));
        String other = TestJobs.posting(p + "c", "Data Engineer", "Dup Corp " + p, "different text");
        importJson(TestJobs.array(other)).statusCode(201);
        assertNotEquals(clusterA, TestJobs.text(db, "SELECT cluster_id FROM jobs WHERE external_id = ?", p + "c"));
    }

    @Test
    void onlyAdminsAndServicesImport() {
        String body = TestJobs.array(TestJobs.posting(TestJobs.uniquePrefix() + "x", "A", "B", "c"));
        given().contentType("application/json").body(body).post(IMPORTS).then().statusCode(401);
        UUID user = UUID.randomUUID();
        for (String broken : new String[] {TestTokens.expired(user), TestTokens.wrongIssuer(user), TestTokens.wrongAudience(user),
                TestTokens.signedByUntrustedKey(user), TestTokens.tampered(user), TestTokens.algNone(user)}) {
            given().header("Authorization", "Bearer " + broken).contentType("application/json").body(body).post(IMPORTS)
                    .then().statusCode(401);
        }
        given().header("Authorization", "Bearer " + TestTokens.candidate(user)).contentType("application/json").body(body)
                .post(IMPORTS).then().statusCode(403);
        given().header("Authorization", "Bearer " + TestTokens.recruiter(user)).contentType("application/json").body(body)
                .post(IMPORTS).then().statusCode(403);
        given().header("Authorization", "Bearer " + TestTokens.candidate(user)).get(IMPORTS).then().statusCode(403);
        given().header("Authorization", "Bearer " + TestTokens.service("ai-service")).contentType("application/json").body(body)
                .post(IMPORTS).then().statusCode(201);
        given().header("Authorization", admin).get(IMPORTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    private ValidatableResponse importJson(String body) {
        return given().header("Authorization", admin).contentType("application/json").body(body).post(IMPORTS).then();
    }

    private static org.hamcrest.Matcher<String> notBlank() {
        return org.hamcrest.Matchers.not(org.hamcrest.Matchers.blankOrNullString());
    }

    static String fixture(String name) {
        try (InputStream in = ImportResourceTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
