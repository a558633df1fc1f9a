package com.jobmatch.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.common.testing.OpenApiContractTestBase;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.resume.testing.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** resume-service's OpenAPI document against its code and the statuses its tests saw (platform-common, issue 18). */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class OpenApiContractTest extends OpenApiContractTestBase {

    @Override
    protected String basePackage() {
        return "com.jobmatch.resume";
    }

    /**
     * A correction's value is any JSON value (text, a list, an object): the document says so, with no type, so the
     * generated client takes any value rather than Jackson's JsonNode getters; and the searchable resumes are a page
     * of the contract's CandidateProfile.
     */
    @Test
    void aCorrectionsValueIsAnyJsonValueAndTheSearchableResumesAreTyped() {
        JsonNode value = resolve(document().path("components").path("schemas").path("FieldValue").path("properties").path("value"));
        assertFalse(value.isMissingNode() || value.has("type") || value.has("properties"), "FieldValue.value: " + value);
        JsonNode page = resolve(operationById("listSearchableResumes").path("responses").path("200").path("content")
                .path("application/json").path("schema"));
        assertEquals("#/components/schemas/CandidateProfile",
                page.path("properties").path("items").path("items").path("$ref").asText(), page.toString());
    }
}
