package com.jobmatch.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.common.testing.OpenApiContractTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** matching-service's OpenAPI document against its code and the statuses its tests saw (platform-common, issue 18). */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class OpenApiContractTest extends OpenApiContractTestBase {

    @Override
    protected String basePackage() {
        return "com.jobmatch.matching";
    }

    /**
     * The recruiter's lists name their item type, so the generated client knows it without a cast: the submissions
     * (once declared by the raw page class) and the applicants of a job (once not paged); and the searchable resumes
     * matching reads from resume-service are the same envelope of the contract's CandidateProfile.
     */
    @Test
    void theRecruitersListsArePagesOfTheirItems() {
        for (List<String> list : List.of(List.of("listSubmissions", "SubmissionView"),
                List.of("listJobApplicants", "ApplicantView"), List.of("listHotList", "HotListView"))) {
            JsonNode page = resolve(operationById(list.get(0)).path("responses").path("200").path("content")
                    .path("application/json").path("schema"));
            assertEquals(List.of("items", "page", "size", "total"), fieldNames(page.path("properties")), list.get(0));
            assertEquals("#/components/schemas/" + list.get(1), page.path("properties").path("items").path("items")
                    .path("$ref").asText(), list.get(0) + " items");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
