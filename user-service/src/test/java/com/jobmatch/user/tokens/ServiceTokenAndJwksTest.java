package com.jobmatch.user.tokens;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.UserServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Base64;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tokens user-service issues verify against its published JWKS exactly as the other services
 * verify them (issuer, audience, expiry, RS256 pinned), and carry the claims the suite relies on.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class ServiceTokenAndJwksTest {

    @Inject
    Db db;

    private JwtConsumer consumerFor(String audience) throws Exception {
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(TestJwtKeys.ISSUER)
                .setExpectedAudience(audience)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }

    @Test
    void jwksServesTheSigningKeyAndTheRotatedKeyByThumbprint() throws Exception {
        String body = given().get("/.well-known/jwks.json").then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .body("keys", hasSize(2))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].d", nullValue())
                .extract().asString();
        for (var key : new JsonWebKeySet(body).getJsonWebKeys()) {
            assertEquals(key.calculateBase64urlEncodedThumbprint("SHA-256"), key.getKeyId());
        }
        RsaJsonWebKey signing = (RsaJsonWebKey) new JsonWebKeySet(body).getJsonWebKeys().getFirst();
        assertEquals(TestJwtKeys.publicKeyPem().replaceAll("\\s", ""),
                ("-----BEGIN PUBLIC KEY-----" + Base64.getEncoder().encodeToString(signing.getPublicKey().getEncoded())
                        + "-----END PUBLIC KEY-----").replaceAll("\\s", ""));
    }

    @Test
    void userTokensCarryIssuerAudienceSubjectGroupsJtiAndSession() throws Exception {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        Map<String, String> tokens = me.tokens(email, Accounts.PASSWORD);
        JwtClaims claims = consumerFor(TestJwtKeys.USER_AUDIENCE).processToClaims(tokens.get("accessToken"));
        assertEquals(id.toString(), claims.getSubject());
        assertEquals(List.of("candidate"), claims.getStringListClaimValue("groups"));
        assertEquals(email, claims.getClaimValueAsString("upn"));
        assertEquals(900, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertTrue(claims.getJwtId() != null && !claims.getJwtId().isBlank());
        assertEquals(1, db.count("SELECT count(*) FROM user_sessions WHERE id = ?::uuid AND user_id = ?",
                claims.getClaimValueAsString("sid"), id));
        String header = new String(Base64.getUrlDecoder().decode(tokens.get("accessToken").split("\\.")[0]));
        JsonPath jose = JsonPath.from(header);
        assertEquals("RS256", jose.getString("alg"));
        assertTrue(jose.getString("kid").length() > 20);
    }

    @Test
    void servicesGetShortLivedServiceTokensForValidCredentials() throws Exception {
        JsonPath response = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", "matching-service", "clientSecret", UserServiceTestResources.MATCHING_SECRET))
                .post("/api/auth/service-token").then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(300))
                .body("refreshToken", nullValue())
                .extract().jsonPath();
        JwtClaims claims = consumerFor(TestJwtKeys.SERVICE_AUDIENCE).processToClaims(response.getString("accessToken"));
        assertEquals("matching-service", claims.getSubject());
        assertEquals(List.of("service"), claims.getStringListClaimValue("groups"));
        // the token opens the internal endpoint
        UUID id = new Accounts().register(Accounts.newEmail());
        given().auth().oauth2(response.getString("accessToken")).get("/internal/users/" + id + "/preferences")
                .then().statusCode(200);
    }

    @Test
    void wrongSecretsAndUnknownServicesAreRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", "matching-service", "clientSecret", "not-the-secret"))
                .post("/api/auth/service-token").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", "evil-service", "clientSecret", UserServiceTestResources.MATCHING_SECRET))
                .post("/api/auth/service-token").then().statusCode(401);
        assertTrue(db.count("SELECT count(*) FROM audit_log WHERE event = 'SERVICE_TOKEN_REFUSED'") >= 2);
    }
}
