package com.jobmatch.e2e.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.jobmatch.e2e.support.Repository;
import com.jobmatch.e2e.support.ServiceProcesses;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;

import static io.restassured.RestAssured.given;

/** matching-service's bulk import, used the way an admin's tooling would. */
final class JobCatalogue {

    static final String SAMPLE_SOURCE = "jobmatch-sample";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobCatalogue() {
    }

    static Response importJson(ServiceProcesses services, String authorization, String postings) {
        return given().header("Authorization", authorization)
                .contentType(ContentType.JSON)
                .queryParam("source", SAMPLE_SOURCE)
                .body(postings)
                .post(services.url("matching") + "/api/jobs/imports");
    }

    /**
     * The first {@code perOccupation} postings of each occupation in the shipped sample catalogue: every kind of
     * work, without keeping ai-service busy enriching all of it while the journeys run.
     */
    static String sample(int perOccupation) {
        try {
            ArrayNode all = (ArrayNode) JSON.readTree(Repository.root().resolve("scripts/sample-data/jobs.json").toFile());
            ArrayNode chosen = JSON.createArrayNode();
            all.forEach(posting -> {
                String id = posting.path("externalId").asText();
                if (Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)) <= perOccupation) {
                    chosen.add(posting);
                }
            });
            return JSON.writeValueAsString(chosen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int count(String postings) {
        try {
            return JSON.readTree(postings).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
