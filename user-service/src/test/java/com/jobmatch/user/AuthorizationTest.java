package com.jobmatch.user;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Every protected endpoint refuses missing and broken tokens with 401, and wrong roles with 403. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class AuthorizationTest {

    /** USER: any signed-in person; ORGANIZATION: recruiters (members) and admins; ADMIN; SERVICE. */
    enum Audience { USER, ORGANIZATION, ADMIN, SERVICE }

    record Endpoint(String method, String path, Object body, Audience audience) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final UUID SOMEONE = UUID.randomUUID();
    static final String ORGANIZATION = "/api/organizations/" + UUID.randomUUID();

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", "/api/auth/logout", null, Audience.USER),
                new Endpoint("POST", "/api/auth/logout-all", null, Audience.USER),
                new Endpoint("POST", "/api/auth/verify-email/resend", null, Audience.USER),
                new Endpoint("GET", "/api/users/me", null, Audience.USER),
                new Endpoint("GET", "/api/users/me/profile", null, Audience.USER),
                new Endpoint("PUT", "/api/users/me/profile", Map.of("headline", "x"), Audience.USER),
                new Endpoint("GET", "/api/users/me/preferences", null, Audience.USER),
                new Endpoint("PUT", "/api/users/me/preferences", Map.of("desiredTitles", List.of("x")), Audience.USER),
                new Endpoint("GET", "/api/users/me/sessions", null, Audience.USER),
                new Endpoint("DELETE", "/api/users/me/sessions/" + UUID.randomUUID(), null, Audience.USER),
                new Endpoint("GET", "/api/users", null, Audience.ADMIN),
                new Endpoint("PUT", "/api/users/" + UUID.randomUUID() + "/status", Map.of("enabled", false), Audience.ADMIN),
                new Endpoint("PUT", "/api/users/" + UUID.randomUUID() + "/roles", Map.of("roles", List.of("admin")), Audience.ADMIN),
                new Endpoint("GET", "/api/users/audit", null, Audience.ADMIN),
                new Endpoint("GET", "/internal/users/" + UUID.randomUUID() + "/preferences", null, Audience.SERVICE),
                new Endpoint("POST", "/internal/notifications/email", Map.of("userId", UUID.randomUUID().toString(),
                        "kind", "STAGE_CHANGED", "subject", "s", "text", "t"), Audience.SERVICE),
                new Endpoint("POST", "/internal/audit", Map.of("actorId", UUID.randomUUID().toString(),
                        "action", "STAGE_CHANGED"), Audience.SERVICE),
                new Endpoint("POST", "/api/organizations", Map.of("name", "Acme", "ownerEmail", "o@example.test"), Audience.ADMIN),
                new Endpoint("GET", "/api/organizations", null, Audience.ADMIN),
                new Endpoint("GET", "/api/organizations/mine", null, Audience.USER),
                new Endpoint("POST", "/api/organizations/invitations/accept", Map.of("token", "t"), Audience.USER),
                new Endpoint("GET", ORGANIZATION, null, Audience.ORGANIZATION),
                new Endpoint("GET", ORGANIZATION + "/members", null, Audience.ORGANIZATION),
                new Endpoint("PUT", ORGANIZATION + "/members/" + UUID.randomUUID(), Map.of("role", "recruiter"), Audience.ORGANIZATION),
                new Endpoint("DELETE", ORGANIZATION + "/members/" + UUID.randomUUID(), null, Audience.ORGANIZATION),
                new Endpoint("POST", ORGANIZATION + "/invitations", Map.of("email", "i@example.test", "role", "recruiter"), Audience.ORGANIZATION),
                new Endpoint("GET", ORGANIZATION + "/invitations", null, Audience.ORGANIZATION),
                new Endpoint("DELETE", ORGANIZATION + "/invitations/" + UUID.randomUUID(), null, Audience.ORGANIZATION));
    }

    static Stream<Arguments> brokenTokens() {
        List<Function<UUID, String>> broken = List.of(TestTokens::expired, TestTokens::wrongIssuer,
                TestTokens::wrongAudience, TestTokens::signedByUntrustedKey, TestTokens::tampered, TestTokens::algNone);
        List<String> names = List.of("expired", "wrong issuer", "wrong audience", "untrusted key", "tampered", "alg none");
        return endpoints().stream().flatMap(endpoint -> Stream.concat(
                Stream.of(Arguments.of(endpoint, "no token", null)),
                IntStream.range(0, broken.size())
                        .mapToObj(i -> Arguments.of(endpoint, names.get(i), broken.get(i).apply(SOMEONE)))));
    }

    @ParameterizedTest(name = "{0} with {1} -> 401")
    @MethodSource("brokenTokens")
    void missingOrBrokenTokenIs401(Endpoint endpoint, String kind, String token) {
        call(endpoint, token).then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
    }

    static Stream<Arguments> wrongRoles() {
        return endpoints().stream().flatMap(endpoint -> switch (endpoint.audience()) {
            case USER -> Stream.of(Arguments.of(endpoint, "service", TestTokens.service("matching-service")));
            case ORGANIZATION -> Stream.of(Arguments.of(endpoint, "candidate", TestTokens.candidate(SOMEONE)),
                    Arguments.of(endpoint, "service", TestTokens.service("matching-service")));
            case ADMIN -> Stream.of(Arguments.of(endpoint, "candidate", TestTokens.candidate(SOMEONE)),
                    Arguments.of(endpoint, "recruiter", TestTokens.recruiter(SOMEONE)),
                    Arguments.of(endpoint, "service", TestTokens.service("matching-service")));
            case SERVICE -> Stream.of(Arguments.of(endpoint, "candidate", TestTokens.candidate(SOMEONE)),
                    Arguments.of(endpoint, "admin", TestTokens.admin(SOMEONE)));
        });
    }

    @ParameterizedTest(name = "{0} as {1} -> 403")
    @MethodSource("wrongRoles")
    void wrongRoleIs403(Endpoint endpoint, String role, String token) {
        call(endpoint, token).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    private static io.restassured.response.Response call(Endpoint endpoint, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (endpoint.body() != null) {
            request = request.contentType(ContentType.JSON).body(endpoint.body());
        }
        return request.request(endpoint.method(), endpoint.path());
    }
}
