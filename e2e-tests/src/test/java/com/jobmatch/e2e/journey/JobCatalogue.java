package com.jobmatch.e2e.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.e2e.support.ServiceProcesses;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;

import static io.restassured.RestAssured.given;

/** matching-service's bulk import, used the way an admin's tooling would. */
final class JobCatalogue {

    static final String SAMPLE_SOURCE = "jobmatch-sample";

    private JobCatalogue() {
    }

    static Response importJson(ServiceProcesses services, String authorization, String postings) {
        return given().header("Authorization", authorization)
                .contentType(ContentType.JSON)
                .queryParam("source", SAMPLE_SOURCE)
                .body(postings)
                .post(services.url("matching") + "/api/jobs/imports");
    }

    static int count(String postings) {
        try {
            return new ObjectMapper().readTree(postings).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
