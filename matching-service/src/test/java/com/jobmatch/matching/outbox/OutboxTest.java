package com.jobmatch.matching.outbox;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.client.AuditClient;
import com.jobmatch.matching.client.AuditEntry;
import com.jobmatch.matching.client.Delivery;
import com.jobmatch.matching.client.EmailClient;
import com.jobmatch.matching.client.EmailMessage;
import com.jobmatch.matching.testing.Catalogue;
import com.jobmatch.matching.testing.OrgTokens;
import com.jobmatch.matching.testing.Recruiting;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.jobmatch.matching.testing.Recruiting.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The email and audit clients against a fake user-service, and the durable outbox: a recruiter's action commits even
 * when user-service is down, and its calls are made once it is back; a refused call is not made again.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class OutboxTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxWorker outbox;
    @Inject
    EmailClient email;
    @Inject
    AuditClient audit;

    Catalogue catalogue;

    @BeforeEach
    void setUp() {
        Catalogue.removeStubs();
        catalogue = new Catalogue(dataSource);
        Recruiting.clear(catalogue);
    }

    @AfterEach
    void tearDown() {
        Catalogue.removeStubs();
        Recruiting.userService(202);
    }

    private static int calls(String path) {
        return FakeServices.server().findAll(postRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void theClientsDeliverRetryFailuresAndDoNotRetryRefusals() {
        EmailMessage message = new EmailMessage(UUID.randomUUID(), "STAGE_CHANGED", "Subject", "Text");
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), UUID.randomUUID(), "JOB_CREATED", "posted_job", "x", Map.of("a", 1));
        Recruiting.userService(202);
        assertEquals(Delivery.DELIVERED, email.send(message));
        assertEquals(Delivery.DELIVERED, audit.record(entry));
        FakeServices.server().verify(postRequestedFor(urlPathEqualTo(Recruiting.EMAIL))
                .withHeader("Authorization", WireMock.equalTo("Bearer fake-service-token"))
                .withRequestBody(WireMock.equalToJson("{\"userId\":\"" + message.userId()
                        + "\",\"kind\":\"STAGE_CHANGED\",\"subject\":\"Subject\",\"text\":\"Text\"}")));
        FakeServices.server().verify(postRequestedFor(urlPathEqualTo(Recruiting.AUDIT))
                .withRequestBody(WireMock.matchingJsonPath("$.detail.a", WireMock.equalTo("1"))));

        FakeServices.server().resetRequests();
        Recruiting.userService(503);
        assertEquals(Delivery.UNAVAILABLE, email.send(message));
        assertEquals(3, calls(Recruiting.EMAIL), "the first call and two retries");

        FakeServices.server().resetRequests();
        Recruiting.userService(404);
        assertEquals(Delivery.REFUSED, audit.record(entry));
        assertEquals(1, calls(Recruiting.AUDIT), "a refusal is not retried");

        FakeServices.server().resetRequests();
        StubMapping reset = FakeServices.server().stubFor(WireMock.post(urlPathEqualTo(Recruiting.EMAIL))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertEquals(Delivery.UNAVAILABLE, email.send(message));
        FakeServices.server().removeStub(reset);
    }

    @Test
    void aRecruitersActionIsKeptWhenUserServiceIsDownAndItsCallsAreMadeLater() {
        Recruiting.userService(503);
        UUID recruiter = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        post(OrgTokens.recruiter(recruiter, org), "/api/recruiting/jobs", Map.of("posting", Recruiting.posting("Tester")))
                .statusCode(201).body("status", equalTo("DRAFT"));
        assertEquals(1, catalogue.count("SELECT count(*) FROM posted_jobs"), "the action is stored");
        assertEquals(1, catalogue.count("SELECT count(*) FROM user_service_outbox WHERE kind = 'AUDIT'"));

        assertTrue(outbox.runOne());
        assertEquals(1, catalogue.count("SELECT count(*) FROM user_service_outbox WHERE status = 'pending' AND attempts = 1 "
                + "AND last_error LIKE '%unavailable%'"), "kept for a later attempt");

        Recruiting.userService(202);
        FakeServices.server().resetRequests();
        assertTrue(outbox.runOne());
        assertFalse(outbox.runOne(), "nothing left");
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_service_outbox"));
        FakeServices.server().verify(1, postRequestedFor(urlPathEqualTo(Recruiting.AUDIT))
                .withRequestBody(WireMock.matchingJsonPath("$.action", WireMock.equalTo("JOB_CREATED")))
                .withRequestBody(WireMock.matchingJsonPath("$.actorId", WireMock.equalTo(recruiter.toString())))
                .withRequestBody(WireMock.matchingJsonPath("$.organizationId", WireMock.equalTo(org.toString()))));

        // A call user-service refuses (4xx) is done: it is not made again.
        Recruiting.userService(400);
        post(OrgTokens.recruiter(recruiter, org), "/api/recruiting/templates", Map.of("name", "T", "posting",
                Map.of("title", "x"))).statusCode(201);
        FakeServices.server().resetRequests();
        assertTrue(outbox.runOne());
        assertEquals(0, catalogue.count("SELECT count(*) FROM user_service_outbox"));
        assertEquals(1, calls(Recruiting.AUDIT));
    }
}
