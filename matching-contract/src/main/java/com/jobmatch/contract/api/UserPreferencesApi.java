package com.jobmatch.contract.api;

import com.jobmatch.contract.model.CandidatePreferences;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.UUID;

/** user-service, service tokens only: a user's job-search preferences for matching. */
@Path("/internal/users")
@Produces(MediaType.APPLICATION_JSON)
// Called with a service token (or a user's, for ai-service): the document says so, and clients get its 401/403.
@SecurityRequirement(name = "SecurityScheme")
public interface UserPreferencesApi {

    @GET
    @Path("/{userId}/preferences")
    @Operation(operationId = "getUserPreferences")
    CandidatePreferences preferences(@PathParam("userId") UUID userId);
}
