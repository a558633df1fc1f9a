package com.jobmatch.resume.legacy;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class LegacyImportTest {

    @Inject
    AgroalDataSource dataSource;

    Db db;
    String admin;

    @BeforeEach
    void setUp() {
        db = new Db(dataSource);
        admin = TestTokens.admin(UUID.randomUUID());
    }

    @Test
    void documentsAreImportedOnceWithPerDocumentResults() {
        UUID owner = UUID.randomUUID();
        String key = "arango-" + UUID.randomUUID();
        String body = """
                {"documents": [
                  {"_key": "%s", "user_id": "%s", "status": "parsed", "source": "upload",
                   "resume_data": {"contact_info": {"full_name": "Olga Old", "email": "olga@example.com"},
                                   "summary": "Accountant", "skills": ["Excel", "SAP"],
                                   "work_experience": [{"company": "Ledger AG", "position": "Accountant",
                                                        "start_date": "2010-01", "end_date": "2011-12", "is_current": false}]},
                   "file_metadata": {"filename": "olga.pdf", "size": 1234},
                   "created_at": "2023-04-01T10:00:00Z", "updated_at": "2023-05-01T10:00:00Z"},
                  {"_key": "bad-user", "user_id": "not-a-uuid", "status": "parsed"},
                  {"_key": "bad-data", "user_id": "%s", "status": "parsed", "resume_data": {"contact_info": {"nick": "x"}}},
                  {"user_id": "%s", "status": "parsed"},
                  {"_key": "bad-status-%s", "user_id": "%s", "status": "archived"}
                ]}""".formatted(key, owner, owner, owner, key, owner);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/admin/resumes/legacy-import").then().statusCode(200)
                .body("created", equalTo(1)).body("skipped", equalTo(0)).body("invalid", equalTo(4))
                .body("documents[0].result", equalTo("created"))
                .body("documents[1].errors[0].field", equalTo("user_id"))
                .body("documents[2].errors[0].field", equalTo("contact_info.nick"))
                .body("documents[3].errors[0].field", equalTo("_key"))
                .body("documents[4].errors[0].field", equalTo("status"));

        String id = db.text("SELECT id::text FROM resumes WHERE legacy_id = ?", key);
        assertEquals("2023-04-01 10:00:00+00", db.text("SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00' FROM resumes WHERE id = ?::uuid", id));
        assertEquals("2023-05-01", db.text("SELECT to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM resumes WHERE id = ?::uuid", id));
        given().auth().oauth2(TestTokens.candidate(owner)).get("/api/resumes/" + id).then().statusCode(200)
                .body("legacyId", equalTo(key)).body("status", equalTo("parsed"))
                .body("resumeData.contact_info.full_name", equalTo("Olga Old"))
                .body("resumeData.work_experience[0].months", equalTo(24))
                .body("fileMetadata.filename", equalTo("olga.pdf"))
                .body("title", equalTo("olga.pdf"))
                .body("currentVersion", equalTo(1));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/admin/resumes/legacy-import").then().statusCode(200)
                .body("created", equalTo(0)).body("skipped", equalTo(1))
                .body("documents[0].resumeId", equalTo(id));
        assertEquals(1, db.count("SELECT count(*) FROM resumes WHERE legacy_id = ?", key));
        assertEquals(0, db.count("SELECT count(*) FROM resumes WHERE legacy_id IN ('bad-user', 'bad-data')"));
    }

    @Test
    void anEmptyImportIsRefused() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"documents\": []}")
                .post("/api/admin/resumes/legacy-import").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", org.hamcrest.Matchers.containsString("documents"));
    }
}
