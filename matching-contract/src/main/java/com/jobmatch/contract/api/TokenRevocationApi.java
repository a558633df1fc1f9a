package com.jobmatch.contract.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Instant;

/**
 * user-service, service tokens only: the sessions ended and accounts disabled while access tokens issued before
 * could still be alive, so that every service refuses those tokens within seconds instead of at their expiry.
 */
@Path("/internal/token-revocations")
@Produces(MediaType.APPLICATION_JSON)
// Called with a service token (or a user's, for ai-service): the document says so, and clients get its 401/403.
@SecurityRequirement(name = "SecurityScheme")
public interface TokenRevocationApi {

    /**
     * Revocations recorded since {@code since} (every retained one when absent). Pass the answer's {@code asOf} as
     * the next call's {@code since}; the answer may repeat entries already seen (readers keep a set).
     */
    @GET
    @Operation(operationId = "listTokenRevocations")
    // JAX-RS answers 404 when a query parameter does not convert (since is not an ISO-8601 instant).
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenRevocations.class)))
    @APIResponse(responseCode = "404", description = "since is not an ISO-8601 instant")
    TokenRevocations since(@QueryParam("since") Instant since);
}
