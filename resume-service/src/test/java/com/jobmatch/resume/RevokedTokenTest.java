package com.jobmatch.resume;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 21: a token of an ended session or a disabled account is refused here within seconds, because
 * platform-common's RevokedTokens reads user-service's revocation feed (faked) with this service's own token.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class RevokedTokenTest {

    @AfterEach
    void nothingRevoked() {
        FakeServices.stubNoRevocations();
    }

    @Test
    void aTokenOfAnEndedSessionIsRefusedWithinSecondsAndTheUsersOtherSessionIsNot() throws InterruptedException {
        UUID user = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        String endedToken = TestTokens.candidateInSession(user, ended);
        String otherToken = TestTokens.candidateInSession(user, UUID.randomUUID());
        given().auth().oauth2(endedToken).get("/api/resumes").then().statusCode(200);

        FakeServices.stubRevocations("[{\"id\":\"" + ended + "\",\"revokedAt\":\"" + Instant.now() + "\"}]", "[]");

        assertEquals(401, statusWithin(endedToken, 10));
        given().auth().oauth2(endedToken).get("/api/resumes").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(otherToken).get("/api/resumes").then().statusCode(200);
        FakeServices.server().verify(getRequestedFor(urlPathEqualTo("/internal/token-revocations"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aDisabledAccountsTokensIssuedBeforeAreRefusedAndLaterOnesAccepted() throws InterruptedException {
        UUID user = UUID.randomUUID();
        Instant disabledAt = Instant.now().minusSeconds(60);
        String before = TestTokens.candidateIssuedAt(user, disabledAt.minusSeconds(60));
        String after = TestTokens.candidate(user);
        given().auth().oauth2(before).get("/api/resumes").then().statusCode(200);

        FakeServices.stubRevocations("[]", "[{\"id\":\"" + user + "\",\"revokedAt\":\"" + disabledAt + "\"}]");

        assertEquals(401, statusWithin(before, 10));
        given().auth().oauth2(after).get("/api/resumes").then().statusCode(200);
        given().auth().oauth2(TestTokens.candidate(UUID.randomUUID())).get("/api/resumes").then().statusCode(200);
    }

    /** Calls until the answer is 401 or the seconds are up; returns the last status. */
    private static int statusWithin(String token, int seconds) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        int status;
        do {
            Thread.sleep(250);
            status = given().auth().oauth2(token).get("/api/resumes").then().extract().statusCode();
        } while (status != 401 && Instant.now().isBefore(deadline));
        return status;
    }
}
