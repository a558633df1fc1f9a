package com.jobmatch.resume.testing;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls of the resume API the tests share. */
public final class ResumeApi {

    private ResumeApi() {
    }

    public static ValidatableResponse upload(String token, String fileName, String mediaType, byte[] content) {
        return given().auth().oauth2(token)
                .multiPart("file", fileName, content, mediaType)
                .when().post("/api/resumes").then();
    }

    /** Uploads and waits until processing is over; returns the resume id. */
    public static UUID uploadParsed(String token, String fileName, String mediaType, byte[] content) {
        String id = upload(token, fileName, mediaType, content).statusCode(201).extract().path("id");
        awaitStatus(token, UUID.fromString(id), Set.of("parsed"));
        return UUID.fromString(id);
    }

    public static Response awaitStatus(String token, UUID id, Set<String> statuses) {
        return Await.until("resume " + id + " in " + statuses, Duration.ofSeconds(30),
                () -> given().auth().oauth2(token).get("/api/resumes/" + id),
                r -> r.statusCode() == 200 && statuses.contains(r.path("status")));
    }

    public static Response awaitEnriched(String token, UUID id) {
        return Await.until("resume " + id + " enriched", Duration.ofSeconds(30),
                () -> given().auth().oauth2(token).get("/api/resumes/" + id),
                r -> r.statusCode() == 200 && Boolean.TRUE.equals(r.path("enriched")));
    }
}
