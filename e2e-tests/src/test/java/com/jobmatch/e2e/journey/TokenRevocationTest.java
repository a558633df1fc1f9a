package com.jobmatch.e2e.journey;

import com.jobmatch.e2e.support.Accounts;
import com.jobmatch.e2e.support.Accounts.SignedIn;
import com.jobmatch.e2e.support.RunningServices;
import com.jobmatch.e2e.support.ServiceProcesses;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: tokens die with their session and their account at every service, across processes. user-service
 * records the revocation; resume- and matching-service read its feed every two seconds and refuse the token.
 */
@ExtendWith(RunningServices.class)
class TokenRevocationTest {

    /** The feed is read every 2 s; the rest is slack for a slow machine. */
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private final ServiceProcesses services;
    private final Accounts accounts;

    TokenRevocationTest(ServiceProcesses services) {
        this.services = services;
        this.accounts = new Accounts(services);
    }

    @BeforeEach
    void everyServiceRuns() {
        services.startAll();
    }

    private List<String> protectedUrls() {
        return List.of(services.url("resume") + "/api/resumes", services.url("matching") + "/api/jobs",
                services.url("matching") + "/api/applications");
    }

    @Test
    void aLoggedOutSessionsTokenIsRefusedByResumeAndMatchingWithinSecondsAndTheOtherSessionIsNot() {
        SignedIn laptop = accounts.newCandidate("Logout Candidate");
        SignedIn phone = accounts.signIn(laptop.email(), Accounts.PASSWORD);
        protectedUrls().forEach(url -> given().header("Authorization", laptop.bearer()).get(url).then().statusCode(200));

        given().header("Authorization", laptop.bearer()).post(services.url("user") + "/api/auth/logout")
                .then().statusCode(204);

        protectedUrls().forEach(url -> assertRefusedWithin(laptop, url));
        protectedUrls().forEach(url -> given().header("Authorization", phone.bearer()).get(url).then().statusCode(200));
    }

    @Test
    void aDisabledAccountsTokenIsRefusedByResumeAndMatchingWithinSeconds() {
        SignedIn candidate = accounts.newCandidate("Disabled Candidate");
        protectedUrls().forEach(url -> given().header("Authorization", candidate.bearer()).get(url).then().statusCode(200));

        given().header("Authorization", accounts.admin().bearer()).contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .put(services.url("user") + "/api/users/" + candidate.userId() + "/status")
                .then().statusCode(200);

        protectedUrls().forEach(url -> assertRefusedWithin(candidate, url));
        given().header("Authorization", candidate.bearer()).get(services.url("user") + "/api/users/me")
                .then().statusCode(401);
    }

    private void assertRefusedWithin(SignedIn caller, String url) {
        Instant deadline = Instant.now().plus(WITHIN);
        int status;
        do {
            status = given().header("Authorization", caller.bearer()).get(url).then().extract().statusCode();
            if (status == 401) {
                break;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        assertEquals(401, status, url + " still accepts the revoked token after " + WITHIN.toSeconds() + " s");
        String type = given().header("Authorization", caller.bearer()).get(url).then().extract().contentType();
        assertTrue(type.startsWith("application/problem+json"), url + " answered " + type);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
