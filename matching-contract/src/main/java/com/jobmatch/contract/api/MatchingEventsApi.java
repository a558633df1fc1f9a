package com.jobmatch.contract.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.UUID;

/** matching-service, service tokens only: changes elsewhere that make stored matches stale. */
@Path("/internal/matching")
@Consumes(MediaType.APPLICATION_JSON)
// Called with a service token (or a user's, for ai-service): the document says so, and clients get its 401/403.
@SecurityRequirement(name = "SecurityScheme")
public interface MatchingEventsApi {

    @POST
    @Path("/resume-changed")
    @Operation(operationId = "notifyResumeChanged")
    @APIResponse(responseCode = "204", description = "Queued")
    void resumeChanged(@Valid ResumeChangedEvent event);

    @POST
    @Path("/users/{userId}/preferences-changed")
    @Operation(operationId = "notifyPreferencesChanged")
    @APIResponse(responseCode = "204", description = "Queued")
    void preferencesChanged(@PathParam("userId") UUID userId);
}
