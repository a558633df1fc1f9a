package com.jobmatch.user.organization;

import com.jobmatch.common.testing.RowLock;
import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.SmtpFake;
import com.jobmatch.user.UserServiceTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, user-service side: organizations created by an admin, invitations mailed through a real SMTP server (the
 * fake) and accepted by the invitee, organization claims in tokens, owner-only actions, and revocation of a member's
 * tokens when their role changes or they are removed.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class OrganizationsTest {

    @Inject
    Db db;
    @Inject
    AgroalDataSource dataSource;

    /** Someone signed in: id, email and the tokens of their current session. */
    record Person(UUID id, String email, String accessToken, String refreshToken, Accounts client) {

        RequestSpecification api() {
            return given().auth().oauth2(accessToken).contentType(ContentType.JSON);
        }

        JsonPath claims() {
            return JsonPath.from(new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8));
        }
    }

    @Test
    void invitedByMailTheInviteeJoinsAndTheirTokenCarriesTheOrganization() {
        Person admin = admin();
        Person owner = candidate();
        String name = "Acme " + UUID.randomUUID();
        String org = admin.api().body(Map.of("name", name, "ownerEmail", owner.email().toUpperCase()))
                .post("/api/organizations").then().statusCode(201)
                .body("name", equalTo(name)).extract().path("id");

        // the owner's next token carries the organization and the recruiter group
        owner = refreshed(owner);
        assertEquals(org, owner.claims().getString("org"));
        assertEquals("owner", owner.claims().getString("org_role"));
        assertTrue(owner.claims().getList("groups").containsAll(List.of("candidate", "recruiter")));

        // the owner invites someone without an account; the mail really leaves through SMTP
        String inviteeEmail = Accounts.newEmail();
        owner.api().body(Map.of("email", inviteeEmail, "role", "recruiter"))
                .post("/api/organizations/" + org + "/invitations").then().statusCode(201)
                .body("email", equalTo(inviteeEmail)).body("role", equalTo("recruiter"));
        SmtpFake.Mail invitation = SmtpFake.nth(inviteeEmail, 1);
        assertEquals(inviteeEmail, invitation.to());
        assertTrue(invitation.from().contains("no-reply@jobmatch.local"), invitation.from());
        assertEquals("Join " + name + " on JobMatch", invitation.subject());
        String token = invitation.token();
        assertTrue(invitation.text().contains("/accept-invitation?token=" + token), invitation.text());
        owner.api().get("/api/organizations/" + org + "/invitations").then().statusCode(200)
                .body("items.email", equalTo(List.of(inviteeEmail))).body("total", equalTo(1)).body("page", equalTo(0));

        // the invitee registers (as a candidate), signs in, and accepts with the mailed token
        Person invitee = register(inviteeEmail);
        assertNull(invitee.claims().getString("org"));
        invitee.api().body(Map.of("token", token)).post("/api/organizations/invitations/accept").then().statusCode(200)
                .body("id", equalTo(org)).body("role", equalTo("recruiter"));
        invitee.api().body(Map.of("token", token)).post("/api/organizations/invitations/accept").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("token"));
        invitee = refreshed(invitee);
        assertEquals(org, invitee.claims().getString("org"));
        assertEquals("recruiter", invitee.claims().getString("org_role"));
        assertTrue(invitee.claims().getList("groups").contains("recruiter"));
        invitee.api().get("/api/organizations/mine").then().statusCode(200)
                .body("id", equalTo(org)).body("name", equalTo(name)).body("role", equalTo("recruiter"));
        // the mailed token reached the address: it counts as verified
        invitee.api().get("/api/users/me").then().body("emailVerified", equalTo(true));
        invitee.api().get("/api/organizations/" + org + "/members").then().statusCode(200)
                .body("items.email", contains(owner.email(), inviteeEmail))
                .body("items.role", contains("owner", "recruiter")).body("total", equalTo(2)).body("size", equalTo(50));
        // one paged list like every other: the second page of one member each is the newest member
        invitee.api().queryParam("page", 1).queryParam("size", 1).get("/api/organizations/" + org + "/members")
                .then().statusCode(200).body("items.email", contains(inviteeEmail)).body("total", equalTo(2));
        invitee.api().queryParam("size", 0).get("/api/organizations/" + org + "/members").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", containsString("size"));
        owner.api().get("/api/organizations/" + org + "/invitations").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));

        // the owner makes them a hiring manager: their tokens stop working at once, the next login carries the new role
        owner.api().body(Map.of("role", "hiring_manager")).put("/api/organizations/" + org + "/members/" + invitee.id())
                .then().statusCode(200).body("role", equalTo("hiring_manager"));
        invitee.api().get("/api/users/me").then().statusCode(401);
        invitee.client().refresh(invitee.refreshToken()).statusCode(401);
        invitee = signIn(invitee.email());
        assertEquals("hiring_manager", invitee.claims().getString("org_role"));

        // then removes them: their tokens stop working, the next carries no organization
        owner.api().delete("/api/organizations/" + org + "/members/" + invitee.id()).then().statusCode(204);
        invitee.api().get("/api/users/me").then().statusCode(401);
        invitee = signIn(invitee.email());
        assertNull(invitee.claims().getString("org"));
        assertEquals(List.of("candidate"), invitee.claims().getList("groups"));
        invitee.api().get("/api/organizations/mine").then().statusCode(404);

        // every step is in the audit log, under the organization
        admin.api().get("/api/users/audit?organizationId=" + org + "&size=50").then().statusCode(200)
                .body("items.event", hasItems("ORGANIZATION_CREATED", "MEMBER_ADDED", "INVITATION_SENT",
                        "INVITATION_ACCEPTED", "MEMBER_ROLE_CHANGED", "MEMBER_REMOVED"));
        admin.api().get("/api/users/audit?organizationId=" + org + "&event=MEMBER_REMOVED").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].userId", equalTo(invitee.id().toString()))
                .body("items[0].actorId", equalTo(owner.id().toString()));
        admin.api().get("/api/organizations?size=100").then().statusCode(200).body("items.id", hasItems(org));
    }

    @Test
    void outsidersCandidatesAndHiringManagersCannotActForAnOrganization() {
        Person admin = admin();
        Person ownerA = refreshed(owner(admin));
        String orgA = ownerA.claims().getString("org");
        Person ownerB = refreshed(owner(admin));
        String orgB = ownerB.claims().getString("org");
        Person manager = join(ownerA, orgA, "hiring_manager");
        Person candidate = candidate();
        String invitationA = ownerA.api().body(Map.of("email", Accounts.newEmail(), "role", "recruiter"))
                .post("/api/organizations/" + orgA + "/invitations").then().statusCode(201).extract().path("id");

        String a = "/api/organizations/" + orgA;
        List<String[]> ownerOnly = List.of(
                new String[]{"POST", a + "/invitations", "{\"email\":\"x@example.test\",\"role\":\"recruiter\"}"},
                new String[]{"GET", a + "/invitations", null},
                new String[]{"DELETE", a + "/invitations/" + invitationA, null},
                new String[]{"PUT", a + "/members/" + ownerA.id(), "{\"role\":\"recruiter\"}"},
                new String[]{"DELETE", a + "/members/" + ownerA.id(), null});
        List<String[]> membersOnly = List.of(new String[]{"GET", a, null}, new String[]{"GET", a + "/members", null});

        String before = db.fingerprint();
        for (String[] call : concat(ownerOnly, membersOnly)) {
            String what = call[0] + " " + call[1];
            request(null, call).then().statusCode(401).contentType(startsWith("application/problem+json"));
            request(candidate, call).then().statusCode(403).contentType(startsWith("application/problem+json"));
            // a recruiter of another organization does not learn that this one exists
            request(ownerB, call).then().statusCode(404).contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(404));
            assertEquals(before, db.fingerprint(), what);
        }
        for (String[] call : ownerOnly) {
            request(manager, call).then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
        for (String[] call : membersOnly) {
            request(manager, call).then().statusCode(200);
        }
        // another organization's invitation is not reachable through one's own organization
        ownerB.api().delete("/api/organizations/" + orgB + "/invitations/" + invitationA).then().statusCode(404);
        ownerB.api().delete("/api/organizations/" + orgB + "/members/" + manager.id()).then().statusCode(404);
        assertEquals(before, db.fingerprint());
        // the last owner stays
        ownerA.api().delete(a + "/members/" + ownerA.id()).then().statusCode(409);
        ownerA.api().body(Map.of("role", "recruiter")).put(a + "/members/" + ownerA.id()).then().statusCode(409);
    }

    @Test
    void anInvitationAcceptedWhileItsOwnerWithdrawsItStaysAccepted() throws Exception {
        Person owner = refreshed(owner(admin()));
        String invitations = "/api/organizations/" + owner.claims().getString("org") + "/invitations";
        String id = owner.api().body(Map.of("email", Accounts.newEmail(), "role", "recruiter")).post(invitations)
                .then().statusCode(201).extract().path("id");
        // The invitee's acceptance holds the invitation (not yet committed) when the owner withdraws it: the withdrawal
        // waits for it and finds the invitation no longer open, instead of storing it back as withdrawn, never accepted.
        try (RowLock acceptance = RowLock.update(dataSource,
                "UPDATE organization_invitations SET accepted_at = now() WHERE id = '" + id + "'")) {
            assertEquals(1, acceptance.rows());
            CompletableFuture<Integer> withdrawal = CompletableFuture.supplyAsync(
                    () -> owner.api().delete(invitations + "/" + id).then().extract().statusCode());
            acceptance.awaitWaitingWriter();
            acceptance.commit();
            assertEquals(404, withdrawal.get(60, TimeUnit.SECONDS));
        }
        assertEquals(1, db.count("SELECT count(*) FROM organization_invitations WHERE id = CAST(? AS uuid)"
                + " AND accepted_at IS NOT NULL AND revoked_at IS NULL", id));
    }

    @Test
    void expiredUsedRevokedAndOtherPeoplesInvitationsAreRefused() {
        Person admin = admin();
        Person owner = refreshed(owner(admin));
        String org = owner.claims().getString("org");
        String invitations = "/api/organizations/" + org + "/invitations";

        // an invitation accepted by an account of another address: refused, and it stays usable for its addressee
        Person addressee = candidate();
        Person other = candidate();
        owner.api().body(Map.of("email", addressee.email(), "role", "recruiter")).post(invitations).then().statusCode(201);
        String token = SmtpFake.nth(addressee.email(), "Join ", 1).token();
        other.api().body(Map.of("token", token)).post("/api/organizations/invitations/accept").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        other.api().get("/api/organizations/mine").then().statusCode(404);

        // a newer invitation to the same address replaces it
        owner.api().body(Map.of("email", addressee.email(), "role", "hiring_manager")).post(invitations).then().statusCode(201);
        String newer = SmtpFake.nth(addressee.email(), "Join ", 2).token();
        addressee.api().body(Map.of("token", token)).post("/api/organizations/invitations/accept").then().statusCode(400)
                .body("errors[0].field", equalTo("token"));

        // an expired one is refused
        db.update("UPDATE organization_invitations SET expires_at = now() - interval '1 minute' WHERE organization_id = ?"
                + " AND email = ? AND revoked_at IS NULL", UUID.fromString(org), addressee.email());
        addressee.api().body(Map.of("token", newer)).post("/api/organizations/invitations/accept").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("token"));

        // a revoked one too
        owner.api().body(Map.of("email", addressee.email(), "role", "recruiter")).post(invitations).then().statusCode(201);
        String revoked = SmtpFake.nth(addressee.email(), "Join ", 3).token();
        String id = owner.api().get(invitations).then().statusCode(200).extract().path("items[0].id");
        owner.api().delete(invitations + "/" + id).then().statusCode(204);
        owner.api().delete(invitations + "/" + id).then().statusCode(404);
        addressee.api().body(Map.of("token", revoked)).post("/api/organizations/invitations/accept").then().statusCode(400);
        addressee.api().get("/api/organizations/mine").then().statusCode(404);

        // someone who already belongs to an organization cannot join a second
        Person otherOwner = refreshed(owner(admin));
        owner.api().body(Map.of("email", otherOwner.email(), "role", "recruiter")).post(invitations).then().statusCode(201);
        String second = SmtpFake.nth(otherOwner.email(), "Join ", 1).token();
        otherOwner.api().body(Map.of("token", second)).post("/api/organizations/invitations/accept").then().statusCode(409);
        // inviting a member again is a conflict
        Person member = join(owner, org, "recruiter");
        owner.api().body(Map.of("email", member.email(), "role", "recruiter")).post(invitations).then().statusCode(409);
        // an organization's name is unique (in any case), and a member cannot be made the owner of a second one
        String name = owner.api().get("/api/organizations/mine").then().statusCode(200).extract().path("name");
        admin.api().body(Map.of("name", name.toUpperCase(), "ownerEmail", candidate().email())).post("/api/organizations")
                .then().statusCode(409);
        admin.api().body(Map.of("name", "Unique " + org, "ownerEmail", member.email())).post("/api/organizations")
                .then().statusCode(409);
    }

    // --- steps ---

    private Person admin() {
        return signIn(UserServiceTestResources.ADMIN_EMAIL, UserServiceTestResources.ADMIN_PASSWORD);
    }

    private Person candidate() {
        return register(Accounts.newEmail());
    }

    private Person register(String email) {
        new Accounts().register(email);
        return signIn(email);
    }

    /** A new account made the owner of a new organization by the admin (its token does not show it yet). */
    private Person owner(Person admin) {
        Person owner = candidate();
        admin.api().body(Map.of("name", "Org " + UUID.randomUUID(), "ownerEmail", owner.email()))
                .post("/api/organizations").then().statusCode(201);
        return owner;
    }

    /** A new account invited by the owner and joined; signed in again so that its token shows it. */
    private Person join(Person owner, String org, String role) {
        String email = Accounts.newEmail();
        owner.api().body(Map.of("email", email, "role", role)).post("/api/organizations/" + org + "/invitations")
                .then().statusCode(201);
        String token = SmtpFake.nth(email, 1).token();
        Person person = register(email);
        person.api().body(Map.of("token", token)).post("/api/organizations/invitations/accept").then().statusCode(200);
        return refreshed(person);
    }

    private Person signIn(String email) {
        return signIn(email, Accounts.PASSWORD);
    }

    private Person signIn(String email, String password) {
        Accounts client = new Accounts();
        Map<String, String> tokens = client.tokens(email, password);
        String id = given().auth().oauth2(tokens.get("accessToken")).get("/api/users/me").then().statusCode(200)
                .extract().path("id");
        return new Person(UUID.fromString(id), email, tokens.get("accessToken"), tokens.get("refreshToken"), client);
    }

    private Person refreshed(Person person) {
        Map<String, String> tokens = person.client().refresh(person.refreshToken()).statusCode(200)
                .extract().jsonPath().getMap("", String.class, String.class);
        return new Person(person.id(), person.email(), tokens.get("accessToken"), tokens.get("refreshToken"), person.client());
    }

    private static io.restassured.response.Response request(Person as, String[] call) {
        RequestSpecification request = as == null ? given() : given().auth().oauth2(as.accessToken());
        if (call[2] != null) {
            request = request.contentType(ContentType.JSON).body(call[2]);
        }
        return request.request(call[0], call[1]);
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
