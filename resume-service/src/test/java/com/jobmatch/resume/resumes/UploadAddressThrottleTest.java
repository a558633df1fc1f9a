package com.jobmatch.resume.resumes;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.resume.testing.Db;
import com.jobmatch.resume.testing.FakeServices;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static com.jobmatch.common.testing.RateLimits.assertTooManyRequests;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads are throttled per client address as well as per user: many accounts uploading from one address share
 * that address's budget (3 per hour in this profile; 1000 per user). The tests' gateway is 127.0.0.1, so a request
 * from it names its client in X-Forwarded-For; a client that is not the gateway (127.0.0.2) is counted by its own
 * address whatever X-Forwarded-For it sends.
 */
@QuarkusTest
@TestProfile(UploadAddressThrottleTest.SmallAddressBudget.class)
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class UploadAddressThrottleTest {

    public static class SmallAddressBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobmatch.rate-limits.resume-uploads.per-address", "3",
                    "jobmatch.rate-limits.resume-uploads.per-user", "1000");
        }
    }

    private static final int BUDGET = 3;

    @Inject
    AgroalDataSource dataSource;

    Db db;

    @BeforeEach
    void setUp() {
        FakeServices.resetToDefaults();
        db = new Db(dataSource);
    }

    @Test
    void oneAddressSpendsItsBudgetAcrossAccountsWhileAnotherAddressStillUploads() {
        String spender = "203.0.113.10";
        for (int i = 0; i < BUDGET; i++) {
            uploadFrom(spender, UUID.randomUUID(), i).statusCode(201);
        }
        UUID refused = UUID.randomUUID();
        assertTooManyRequests(uploadFrom(spender, refused, BUDGET));
        assertEquals(0, db.count("SELECT count(*) FROM resumes WHERE user_id = ?", refused), "the refused upload stored nothing");

        // Another client behind the same gateway has its own budget.
        uploadFrom("203.0.113.11", UUID.randomUUID(), 0).statusCode(201);
    }

    @Test
    void aClientThatIsNotTheGatewayGetsNoFreshBudgetFromItsOwnForwardedFor() throws Exception {
        HttpClient untrusted = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        int[] statuses = new int[BUDGET + 1];
        for (int i = 0; i <= BUDGET; i++) {
            // A new claimed address and a new account every time.
            statuses[i] = untrusted.send(multipartUpload("198.51.100." + (i + 1), UUID.randomUUID(), i),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        for (int i = 0; i < BUDGET; i++) {
            assertEquals(201, statuses[i], "upload " + (i + 1) + " is within the budget of 127.0.0.2");
        }
        assertEquals(429, statuses[BUDGET], "X-Forwarded-For from a client that is not the gateway is ignored");
        // The gateway's clients are not affected by it.
        uploadFrom("203.0.113.12", UUID.randomUUID(), 0).statusCode(201);
    }

    private static ValidatableResponse uploadFrom(String clientAddress, UUID user, int n) {
        return given().auth().oauth2(TestTokens.candidate(user)).header("X-Forwarded-For", clientAddress)
                .multiPart("file", "cv.txt", resumeText(user, n), "text/plain")
                .when().post("/api/resumes").then();
    }

    private static HttpRequest multipartUpload(String forwardedFor, UUID user, int n) {
        String boundary = "jobmatch-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + new String(resumeText(user, n), StandardCharsets.UTF_8) + "\r\n"
                + "--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/resumes"))
                .header("Authorization", "Bearer " + TestTokens.candidate(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static byte[] resumeText(UUID user, int n) {
        String text = """
                Pat Throttle
                pat.%s@example.com

                Skills
                Welding, Forklift %d
                """.formatted(user, n);
        assertTrue(text.length() < 500);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
