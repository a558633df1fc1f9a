package com.jobmatch.matching.testing;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.matching.FakeServices;


import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

/** What the recruiter tests share: the tables to empty, user-service's internal endpoints faked, calls as a token. */
public final class Recruiting {

    public static final String EMAIL = "/internal/notifications/email";
    public static final String AUDIT = "/internal/audit";

    private static final List<StubMapping> STUBS = new ArrayList<>();

    private Recruiting() {
    }

    public static void clear(Catalogue catalogue) {
        catalogue.clear();
        catalogue.execute("TRUNCATE job_templates, posted_jobs, interviews, interview_feedback, candidate_submissions, "
                + "hot_list_candidates, user_service_outbox, enrichment_queue CASCADE");
        STUBS.forEach(FakeServices.server()::removeStub);
        STUBS.clear();
        FakeServices.server().resetRequests();
    }

    /** user-service takes emails and audit entries (202), or answers {@code status} to both. */
    public static void userService(int status) {
        STUBS.forEach(FakeServices.server()::removeStub);
        STUBS.clear();
        STUBS.add(FakeServices.server().stubFor(WireMock.post(urlPathEqualTo(EMAIL)).willReturn(aResponse().withStatus(status))));
        STUBS.add(FakeServices.server().stubFor(WireMock.post(urlPathEqualTo(AUDIT)).willReturn(aResponse().withStatus(status))));
    }

    public static CandidateProfile candidate(UUID user, UUID resume, String name, List<Skill> skills) {
        CandidateProfile base = Profiles.candidate(user, resume, skills);
        return new CandidateProfile(base.userId(), base.resumeId(), base.resumeVersion(), name, base.headline(),
                base.summary(), base.skills(), base.experience(), base.totalExperienceMonths(), base.education(),
                base.certifications(), base.languages(), base.locations(), base.industries(), base.collarType(),
                base.preferences(), base.text(), base.enriched());
    }

    public static Map<String, Object> posting(String title) {
        return Map.of("title", title, "company", "Initech", "description",
                "We build payment services in Java on PostgreSQL. Requirements: 3+ years of Java.",
                "keySkills", List.of("Java", "PostgreSQL"), "workArrangement", "HYBRID", "cities", List.of("Berlin"),
                "country", "DE");
    }

    public static ValidatableResponse call(String token, String method, String path, Object body) {
        var request = given();
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        } else if (!"GET".equals(method) && !"DELETE".equals(method)) {
            request = request.contentType(ContentType.JSON);
        }
        return request.when().request(method, path).then();
    }

    public static ValidatableResponse get(String token, String path) {
        return call(token, "GET", path, null);
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return call(token, "POST", path, body);
    }

    public static String candidateToken(UUID user) {
        return TestTokens.candidate(user);
    }

    public static int emails(UUID user, String kind) {
        return FakeServices.server().findAll(WireMock.postRequestedFor(urlPathEqualTo(EMAIL))
                .withRequestBody(WireMock.matchingJsonPath("$.userId", WireMock.equalTo(user.toString())))
                .withRequestBody(WireMock.matchingJsonPath("$.kind", WireMock.equalTo(kind)))).size();
    }

    public static int audits(String action) {
        return FakeServices.server().findAll(WireMock.postRequestedFor(urlPathEqualTo(AUDIT))
                .withRequestBody(WireMock.matchingJsonPath("$.action", WireMock.equalTo(action)))).size();
    }
}
