package com.jobmatch.user.accounts;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.UserServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Failed logins are throttled per account and per address; unknown emails look like wrong passwords. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class LoginThrottleTest {

    @Inject
    Db db;

    @Test
    void tenFailuresLockTheAccountEvenForTheRightPassword() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        for (int i = 0; i < 10; i++) {
            me.login(email, "Wrong-Password-" + i).statusCode(401);
        }
        me.login(email, Accounts.PASSWORD).statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("900"))
                .body("status", equalTo(429));
        // another address is refused too: the account is what is throttled
        new Accounts().login(email, Accounts.PASSWORD).statusCode(429);
        assertEquals(10, db.count("SELECT count(*) FROM audit_log WHERE event = 'LOGIN_FAILED' AND user_id = ?", id));
        assertEquals(2, db.count("SELECT count(*) FROM audit_log WHERE event = 'LOGIN_THROTTLED' AND user_id = ?", id));
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        for (int i = 0; i < 9; i++) {
            me.login(email, "Wrong-Password-" + i).statusCode(401);
        }
        me.login(email, Accounts.PASSWORD).statusCode(200);
        me.login(email, "Wrong-Password-again").statusCode(401);
        me.login(email, Accounts.PASSWORD).statusCode(200);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() {
        Accounts attacker = new Accounts();
        String victim = Accounts.newEmail();
        attacker.register(victim);
        // the per-address limit is 20 in the test profile
        for (int i = 0; i < 20; i++) {
            attacker.login(Accounts.newEmail(), "Guess-" + i).statusCode(401);
        }
        attacker.login(victim, Accounts.PASSWORD).statusCode(429);
        new Accounts().login(victim, Accounts.PASSWORD).statusCode(200);
    }

    /**
     * A client that is not the gateway (127.0.0.2; the tests' gateway is 127.0.0.1) names a new address in
     * X-Forwarded-For on every try: its failures are still counted against its own address.
     */
    @Test
    void aClientsOwnForwardedForDoesNotGiveItAFreshBudget() throws Exception {
        HttpClient fromElsewhere = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        URI login = URI.create("http://127.0.0.1:" + RestAssured.port + "/api/auth/login");
        int last = 0;
        // the per-address limit is 20 in the test profile
        for (int i = 0; i < 21; i++) {
            HttpRequest request = HttpRequest.newBuilder(login)
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"" + Accounts.newEmail() + "\",\"password\":\"Guess-" + i + "\"}"))
                    .build();
            last = fromElsewhere.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        assertEquals(429, last, "the 21st failure from one client address is throttled");
    }

    @Test
    void unknownEmailGetsTheSameAnswerAsAWrongPassword() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        ExtractableResponse<Response> wrongPassword = me.login(email, "Not-The-Password-1").statusCode(401).extract();
        ExtractableResponse<Response> unknownEmail = me.login(Accounts.newEmail(), "Not-The-Password-1").statusCode(401).extract();
        assertEquals(wrongPassword.path("title"), (Object) unknownEmail.path("title"));
        assertEquals(wrongPassword.path("detail"), (Object) unknownEmail.path("detail"));
        assertEquals(wrongPassword.contentType(), unknownEmail.contentType());
    }

    @Test
    void unknownEmailCostsAboutTheTimeOfAWrongPassword() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        me.register(email);
        long wrong = 0;
        long unknown = 0;
        for (int i = 0; i < 3; i++) {
            wrong += me.login(email, "Not-The-Password-" + i).statusCode(401).extract().time();
            unknown += me.login(Accounts.newEmail(), "Not-The-Password-" + i).statusCode(401).extract().time();
        }
        // both verify an argon2id hash; without the dummy hash an unknown email answers many times faster
        double ratio = (double) unknown / wrong;
        assertTrue(ratio > 0.4 && ratio < 2.5,
                "unknown " + unknown + " ms vs wrong password " + wrong + " ms");
    }
}
