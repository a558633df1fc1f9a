package com.jobmatch.matching.imports;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.TestJobs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static com.jobmatch.common.testing.RateLimits.assertTooManyRequests;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Job imports are throttled per client address as well as per caller: several admin accounts importing from one
 * address share that address's budget (3 per hour in this profile). The tests' gateway is 127.0.0.1, so a request
 * from it names its client in X-Forwarded-For; a client that is not the gateway (127.0.0.2) is counted by its own
 * address whatever X-Forwarded-For it sends.
 */
@QuarkusTest
@TestProfile(ImportAddressThrottleTest.SmallAddressBudget.class)
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class ImportAddressThrottleTest {

    public static class SmallAddressBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobmatch.rate-limits.job-imports.per-address", "3",
                    "jobmatch.rate-limits.job-imports.per-user", "1000");
        }
    }

    private static final int BUDGET = 3;

    @Inject
    AgroalDataSource db;

    @Test
    void oneAddressSpendsItsBudgetAcrossAccountsWhileAnotherAddressStillImports() {
        String spender = "203.0.113.20";
        for (int i = 0; i < BUDGET; i++) {
            importFrom(spender, TestJobs.uniquePrefix()).statusCode(201);
        }
        String refused = TestJobs.uniquePrefix();
        assertTooManyRequests(importFrom(spender, refused));
        assertEquals(0, TestJobs.count(db, "SELECT count(*) FROM jobs WHERE external_id LIKE ?", refused + "%"),
                "the refused import stored nothing");

        // Another client behind the same gateway has its own budget.
        importFrom("203.0.113.21", TestJobs.uniquePrefix()).statusCode(201);
    }

    @Test
    void aClientThatIsNotTheGatewayGetsNoFreshBudgetFromItsOwnForwardedFor() throws Exception {
        HttpClient untrusted = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        int[] statuses = new int[BUDGET + 1];
        for (int i = 0; i <= BUDGET; i++) {
            // A new claimed address and a new admin account every time.
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/jobs/imports"))
                    .header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .POST(HttpRequest.BodyPublishers.ofString(postings(TestJobs.uniquePrefix())))
                    .build();
            statuses[i] = untrusted.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        for (int i = 0; i < BUDGET; i++) {
            assertEquals(201, statuses[i], "import " + (i + 1) + " is within the budget of 127.0.0.2");
        }
        assertEquals(429, statuses[BUDGET], "X-Forwarded-For from a client that is not the gateway is ignored");
        // The gateway's clients are not affected by it.
        importFrom("203.0.113.22", TestJobs.uniquePrefix()).statusCode(201);
    }

    private static ValidatableResponse importFrom(String clientAddress, String prefix) {
        return given().header("Authorization", "Bearer " + TestTokens.admin(UUID.randomUUID()))
                .header("X-Forwarded-For", clientAddress)
                .contentType("application/json").body(postings(prefix))
                .when().post("/api/jobs/imports").then();
    }

    private static String postings(String prefix) {
        return TestJobs.array(TestJobs.posting(prefix + "1", "Crane Operator", "Lift " + prefix, "v1"));
    }
}
