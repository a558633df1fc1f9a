package com.jobmatch.e2e.support;

import io.restassured.http.ContentType;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Signs people and services in through user-service's public API, as a client application would. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery staple 42";

    /** Someone signed in: their user id and access token. */
    public record SignedIn(UUID userId, String email, String accessToken) {

        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    private final ServiceProcesses services;

    public Accounts(ServiceProcesses services) {
        this.services = services;
    }

    /** Registers a new candidate with a unique address and signs them in. */
    public SignedIn newCandidate(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + UUID.randomUUID().toString().substring(0, 8) + "@e2e.jobmatch.local";
        given().contentType(ContentType.JSON)
                .body(new Registration(email, PASSWORD, name))
                .post(services.url("user") + "/api/auth/register")
                .then().statusCode(202);
        return signIn(email, PASSWORD);
    }

    public SignedIn admin() {
        return signIn(services.adminEmail(), services.adminPassword());
    }

    public SignedIn signIn(String email, String password) {
        String token = given().contentType(ContentType.JSON)
                .body(new Login(email, password))
                .post(services.url("user") + "/api/auth/login")
                .then().statusCode(200)
                .extract().path("accessToken");
        String id = given().header("Authorization", "Bearer " + token)
                .get(services.url("user") + "/api/users/me")
                .then().statusCode(200)
                .extract().path("id");
        return new SignedIn(UUID.fromString(id), email, token);
    }

    /** A service token, obtained with a service's client credentials (what resume, ai and matching do). */
    public String serviceToken(String service) {
        return given().contentType(ContentType.JSON)
                .body(new ServiceCredentials(service + "-service", services.serviceSecret(service)))
                .post(services.url("user") + "/api/auth/service-token")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    record Registration(String email, String password, String name) {
    }

    record Login(String email, String password) {
    }

    record ServiceCredentials(String clientId, String clientSecret) {
    }
}
