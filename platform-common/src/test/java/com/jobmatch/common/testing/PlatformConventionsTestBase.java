package com.jobmatch.common.testing;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions every service shares (issue 2), checked against the running service on its real
 * database: migrations applied, health including the database, and problem+json for unknown routes,
 * malformed and oversized bodies and wrong media types. Each service extends it with its own details.
 */
public abstract class PlatformConventionsTestBase {

    @Inject
    AgroalDataSource dataSource;

    /** A real endpoint of the service that consumes JSON (POST). */
    protected abstract String jsonEndpoint();

    /** The Authorization header value that endpoint needs, or null if it is public. */
    protected abstract String authorization();

    /** Tables the service's migrations must have created. */
    protected abstract List<String> expectedTables();

    protected boolean needsVector() {
        return false;
    }

    @Test
    void migrationsRanAgainstRealPostgres() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertTrue(rs.getInt(1) > 0, "flyway_schema_history has applied migrations");
            }
            for (String table : expectedTables()) {
                try (ResultSet rs = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                    rs.next();
                    assertTrue(rs.getBoolean(1), "table " + table + " exists");
                }
            }
            if (needsVector()) {
                try (ResultSet rs = statement.executeQuery("SELECT '[1,2,3]'::vector <-> '[1,2,4]'::vector")) {
                    rs.next();
                    assertEquals(1.0, rs.getDouble(1), 1e-9, "pgvector computes distances");
                }
            }
        }
    }

    /** Issue 21: database errors, which get logged, name the error but never quote the data that caused it. */
    @Test
    void databaseErrorsDoNotQuoteTheData() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 'confidential resume words'::jsonb");
            org.junit.jupiter.api.Assertions.fail("invalid JSON was accepted");
        } catch (java.sql.SQLException e) {
            assertTrue(e.getMessage().contains("json"), e.getMessage());
            assertTrue(!e.getMessage().contains("confidential"), e.getMessage());
        }
    }

    @Test
    void readinessIncludesTheDatabase() {
        Management.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        Management.given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void unknownRouteIsProblemJson404() {
        given().headers(authHeaders())
                .when().get("/api/no-such-route-" + System.nanoTime())
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", notNullValue())
                .body("type", startsWith("https://"));
    }

    @Test
    void malformedJsonIsProblemJson400() {
        given().headers(authHeaders()).contentType(ContentType.JSON).body("{\"broken\": ")
                .when().post(jsonEndpoint())
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("detail", containsString("JSON"));
    }

    @Test
    void wrongMediaTypeIsProblemJson415() {
        given().headers(authHeaders()).contentType(ContentType.TEXT).body("hello")
                .when().post(jsonEndpoint())
                .then().statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(415));
    }

    @Test
    void oversizedBodyIsProblemJson413() {
        String big = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().headers(authHeaders()).contentType(ContentType.JSON).body(big)
                .when().post(jsonEndpoint())
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413))
                .body("detail", containsString("limit"));
    }

    /** Issue 21: a body sent chunked (no Content-Length) is cut off at the same limit as one that says its length. */
    @Test
    void oversizedChunkedBodyIsProblemJson413() {
        ChunkedRequests.Answer answer = ChunkedRequests.post(jsonEndpoint(), authHeaders(), "application/json",
                "{\"text\":\"", 2L * 1024 * 1024, 'x', "\"}");
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.body().contains("limit"), answer.body());
    }

    @Test
    void correlationIdIsEchoedOrCreated() {
        given().header("X-Correlation-Id", "test-corr-42").when().get("/api/no-such-route")
                .then().header("X-Correlation-Id", equalTo("test-corr-42"));
        given().header("X-Correlation-Id", "bad id\nwith newline").when().get("/api/no-such-route")
                .then().header("X-Correlation-Id", notNullValue())
                .header("X-Correlation-Id", org.hamcrest.Matchers.not(containsString(" ")));
    }

    /** Issue 21: on successes, errors and edge rejections alike. */
    @Test
    void securityHeadersOnEveryResponse() {
        for (io.restassured.response.ValidatableResponse response : List.of(
                given().headers(authHeaders()).when().get("/api/no-such-route-" + System.nanoTime()).then().statusCode(404),
                given().when().get("/api/x?page=" + Integer.MAX_VALUE).then().statusCode(400),
                given().headers(authHeaders()).contentType(ContentType.JSON).body("{\"broken\": ").post(jsonEndpoint()).then().statusCode(400))) {
            response.header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store");
        }
        Management.given().when().get("/q/health/live").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    /** Issue 21: health, metrics, OpenAPI and Swagger UI are on the management port only, never the public one. */
    @Test
    void managementEndpointsAreServedOnTheManagementPortOnly() {
        Management.given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths.size()", greaterThan(0));
        Management.given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
        Management.given().when().get("/q/swagger-ui/").then().statusCode(200);
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/health", "/q/health/ready", "/q/swagger-ui/", "/q/dev-ui")) {
            given().when().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));
        }
    }

    private java.util.Map<String, String> authHeaders() {
        String value = authorization();
        return value == null ? java.util.Map.of() : java.util.Map.of("Authorization", value);
    }
}
