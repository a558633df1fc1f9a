package com.jobmatch.user;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Test steps through the real API. Each instance acts from its own client address so throttling counts stay apart. */
public final class Accounts {

    public static final String PASSWORD = "Correct-Horse-Battery-7";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private final String address = nextAddress();

    private static String nextAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }

    public RequestSpecification client() {
        return given().header("X-Forwarded-For", address).header("User-Agent", "JUnit " + address)
                .contentType(ContentType.JSON);
    }

    public String address() {
        return address;
    }

    public static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.test";
    }

    /**
     * Registers a candidate; returns the user id. The answer (202) names no account, by design, so the id is read
     * from the database.
     */
    public UUID register(String email) {
        client().body(Map.of("email", email, "password", PASSWORD, "name", "Test Person"))
                .post("/api/auth/register").then().statusCode(202).body("status", equalTo("accepted"));
        Db db = Arc.container().instance(Db.class).get();
        return UUID.fromString(db.single("SELECT id FROM users WHERE email = ?", email.strip().toLowerCase(Locale.ROOT)));
    }

    public ValidatableResponse login(String email, String password) {
        return client().body(Map.of("email", email, "password", password)).post("/api/auth/login").then();
    }

    /** Logs in and returns {accessToken, refreshToken}. */
    public Map<String, String> tokens(String email, String password) {
        return login(email, password).statusCode(200).extract().jsonPath().getMap("", String.class, String.class);
    }

    public String accessToken(String email) {
        return accessToken(email, PASSWORD);
    }

    public String accessToken(String email, String password) {
        return tokens(email, password).get("accessToken");
    }

    public ValidatableResponse refresh(String refreshToken) {
        return client().body(Map.of("refreshToken", refreshToken)).post("/api/auth/refresh").then();
    }

    /** The token in the n-th email-verification mail (from 1) this address received, waiting for it to arrive. */
    public static String verificationToken(String email, int n) {
        return SmtpFake.nth(email, "Confirm your email address", n).token();
    }

    /** The token in the n-th password-reset mail (from 1) this address received, waiting for it to arrive. */
    public static String resetToken(String email, int n) {
        return SmtpFake.nth(email, "Reset your password", n).token();
    }
}
