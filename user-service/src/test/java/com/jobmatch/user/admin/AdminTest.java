package com.jobmatch.user.admin;

import com.jobmatch.common.testing.RowLock;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.common.testing.TestTokens;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.UserServiceTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bootstrap admin manages accounts; disabled users are refused at login and refresh. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class AdminTest {

    @Inject
    Db db;
    @Inject
    AgroalDataSource dataSource;

    private String adminToken() {
        return new Accounts().accessToken(UserServiceTestResources.ADMIN_EMAIL.toUpperCase(),
                UserServiceTestResources.ADMIN_PASSWORD);
    }

    @Test
    void bootstrapAdminExistsOnceWithTheAdminRole() {
        assertEquals(1, db.count("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id"
                + " WHERE u.email = ? AND r.role = 'admin'", UserServiceTestResources.ADMIN_EMAIL));
        given().auth().oauth2(adminToken()).get("/api/users/me").then().statusCode(200)
                .body("roles", hasItem("admin"));
    }

    @Test
    void anAccountDisabledWhileItsOwnerLogsInStaysDisabled() throws Exception {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        // The login has read the account as enabled and waits for the admin's lock to store its time of login: it must
        // not write back "enabled" (nor a password hash a reset changed meanwhile), only what it changed.
        try (RowLock disable = RowLock.update(dataSource, "UPDATE users SET enabled = false WHERE id = '" + id + "'")) {
            assertEquals(1, disable.rows());
            CompletableFuture<Integer> login = CompletableFuture.supplyAsync(
                    () -> me.login(email, Accounts.PASSWORD).extract().statusCode());
            disable.awaitWaitingWriter();
            disable.commit();
            assertEquals(200, login.get(60, TimeUnit.SECONDS));
        }
        assertEquals(1, db.count("SELECT count(*) FROM users WHERE id = ? AND NOT enabled AND last_login_at IS NOT NULL", id));
        me.login(email, Accounts.PASSWORD).statusCode(403);
    }

    @Test
    void disabledUsersAreRefusedAtRefreshAndLoginUntilEnabledAgain() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        Map<String, String> tokens = me.tokens(email, Accounts.PASSWORD);
        String admin = adminToken();

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put("/api/users/" + id + "/status").then().statusCode(200).body("enabled", equalTo(false));
        me.refresh(tokens.get("refreshToken")).statusCode(403).contentType(startsWith("application/problem+json"));
        me.login(email, Accounts.PASSWORD).statusCode(403);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .put("/api/users/" + id + "/status").then().statusCode(200).body("enabled", equalTo(true));
        me.login(email, Accounts.PASSWORD).statusCode(200);
        assertEquals(1, db.count("SELECT count(*) FROM audit_log WHERE event = 'ACCOUNT_DISABLED' AND user_id = ?", id));
    }

    @Test
    void roleChangesReachTheTokenAtTheNextRefresh() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        Map<String, String> tokens = me.tokens(email, Accounts.PASSWORD);

        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("recruiter", "candidate")))
                .put("/api/users/" + id + "/roles").then().statusCode(200)
                .body("roles", equalTo(List.of("candidate", "recruiter")));
        String refreshed = me.refresh(tokens.get("refreshToken")).statusCode(200).extract().path("accessToken");
        given().auth().oauth2(refreshed).get("/api/users/me").then().body("roles", hasSize(2));
        assertEquals(1, db.count("SELECT count(*) FROM audit_log WHERE event = 'ROLES_CHANGED' AND user_id = ?", id));
    }

    @Test
    void searchFindsUsersByEmailOrNameAndPages() {
        Accounts me = new Accounts();
        String marker = "findme" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            me.client().body(Map.of("email", marker + i + "@example.test", "password", Accounts.PASSWORD, "name", "Person " + i))
                    .post("/api/auth/register").then().statusCode(202);
        }
        String admin = adminToken();
        given().auth().oauth2(admin).queryParam("search", marker.toUpperCase()).queryParam("size", 2)
                .get("/api/users").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("size", equalTo(2));
        given().auth().oauth2(admin).queryParam("search", marker).queryParam("page", 1).queryParam("size", 2)
                .get("/api/users").then().body("items", hasSize(1));
        given().auth().oauth2(admin).queryParam("search", "%").get("/api/users").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void auditLogListsSecurityEventsWithTimeUserAndAddress() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        me.login(email, "Wrong-Password-1").statusCode(401);
        me.login(email, Accounts.PASSWORD).statusCode(200);
        given().auth().oauth2(adminToken()).queryParam("userId", id).get("/api/users/audit").then().statusCode(200)
                .body("items.event", hasItem("LOGIN_FAILED"))
                .body("items.event", hasItem("LOGIN_SUCCEEDED"))
                .body("items.ipAddress", everyItem(equalTo(me.address())))
                .body("items[0].occurredAt", notNullValue());
        given().auth().oauth2(adminToken()).queryParam("userId", id).queryParam("event", "LOGIN_FAILED")
                .get("/api/users/audit").then().body("items", hasSize(1));
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        String admin = adminToken();
        String adminId = given().auth().oauth2(admin).get("/api/users/me").then().extract().path("id");
        String before = db.fingerprint();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put("/api/users/" + adminId + "/status").then().statusCode(409);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("roles", List.of("candidate")))
                .put("/api/users/" + adminId + "/roles").then().statusCode(409);
        assertEquals(before, db.fingerprint());
    }

    @Test
    void unknownUserIsNotFound() {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put("/api/users/" + UUID.randomUUID() + "/status").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void adminTokenSignedByTheTestKeysIsAcceptedButCandidatesAreRefused() {
        UUID someone = UUID.randomUUID();
        given().auth().oauth2(TestTokens.admin(someone)).get("/api/users").then().statusCode(200);
        given().auth().oauth2(TestTokens.candidate(someone)).get("/api/users").then().statusCode(403);
    }
}
