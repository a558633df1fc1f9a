package com.jobmatch.contract.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** matching-service, service tokens only: changes elsewhere that make stored matches stale. */
@Path("/internal/matching")
@Consumes(MediaType.APPLICATION_JSON)
public interface MatchingEventsApi {

    @POST
    @Path("/resume-changed")
    void resumeChanged(@Valid ResumeChangedEvent event);

    @POST
    @Path("/users/{userId}/preferences-changed")
    void preferencesChanged(@PathParam("userId") UUID userId);
}
