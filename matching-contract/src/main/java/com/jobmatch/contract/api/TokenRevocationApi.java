package com.jobmatch.contract.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/**
 * user-service, service tokens only: the sessions ended and accounts disabled while access tokens issued before
 * could still be alive, so that every service refuses those tokens within seconds instead of at their expiry.
 */
@Path("/internal/token-revocations")
@Produces(MediaType.APPLICATION_JSON)
public interface TokenRevocationApi {

    /**
     * Revocations recorded since {@code since} (every retained one when absent). Pass the answer's {@code asOf} as
     * the next call's {@code since}; the answer may repeat entries already seen (readers keep a set).
     */
    @GET
    TokenRevocations since(@QueryParam("since") Instant since);
}
