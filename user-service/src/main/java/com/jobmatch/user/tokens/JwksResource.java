package com.jobmatch.user.tokens;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** The public keys that verify every token of the suite, by key id, so keys can rotate. */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private static final int CACHE_SECONDS = 300;

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Produces({"application/json", "application/jwk-set+json"})
    @Operation(operationId = "getJwks")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(CACHE_SECONDS);
        return Response.ok(Map.of("keys", keys.publicJwks())).cacheControl(cache).build();
    }
}
