package com.jobmatch.matching.matches;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.testing.Profiles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class CandidateEmbeddingsTest {

    @Inject
    CandidateEmbeddings embeddings;

    @AfterEach
    void aiBackUp() {
        FakeServices.aiUp();
    }

    @Test
    void aResumeVersionIsEmbeddedOnceFromItsStatements() {
        UUID resume = UUID.randomUUID();
        CandidateProfile v1 = version(resume, 1);
        assertEquals(384, embeddings.of(v1).orElseThrow().length);
        embeddings.of(v1);
        embeddings.of(List.of(v1));
        assertEquals(1, requestsFor(resume), "the same version is not embedded again");

        embeddings.of(version(resume, 2));
        assertEquals(2, requestsFor(resume), "a new version is");
        FakeServices.server().verify(postRequestedFor(urlPathEqualTo("/api/ai/embeddings"))
                .withRequestBody(matchingJsonPath("$.sourceIds[0]", WireMock.equalTo(resume.toString())))
                .withRequestBody(matchingJsonPath("$.texts[?(@ == 'Tuned PostgreSQL queries for a billing platform.')]")));
    }

    @Test
    void withAiServiceDownThereIsNoEmbeddingAndNothingWrongIsKept() {
        UUID resume = UUID.randomUUID();
        FakeServices.aiDown();
        assertTrue(embeddings.of(version(resume, 1)).isEmpty());
        assertTrue(embeddings.of(List.of(version(resume, 1))).isEmpty());
        FakeServices.aiUp();
        assertTrue(embeddings.of(version(resume, 1)).isPresent(), "the failure was not cached");
    }

    private static long requestsFor(UUID resume) {
        return FakeServices.server().findAll(postRequestedFor(urlPathEqualTo("/api/ai/embeddings"))
                .withRequestBody(matchingJsonPath("$.sourceIds[0]", WireMock.equalTo(resume.toString())))).size();
    }

    private static CandidateProfile version(UUID resume, int version) {
        return Profiles.version(Profiles.candidate(Profiles.USER, resume, Profiles.javaPostgresDocker()), version,
                "Backend engineer building Java services since 2019. Tuned PostgreSQL queries for a billing platform.");
    }
}
