package com.jobmatch.contract.api;

import com.jobmatch.contract.model.CandidatePreferences;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** user-service, service tokens only: a user's job-search preferences for matching. */
@Path("/internal/users")
@Produces(MediaType.APPLICATION_JSON)
public interface UserPreferencesApi {

    @GET
    @Path("/{userId}/preferences")
    CandidatePreferences preferences(@PathParam("userId") UUID userId);
}
