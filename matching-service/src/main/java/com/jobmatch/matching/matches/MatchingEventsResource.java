package com.jobmatch.matching.matches;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.MatchingEventsApi;
import com.jobmatch.contract.api.ResumeChangedEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** Changes in other services that make stored matches stale: queued durably, recomputed by the worker. */
@Path("/internal/matching")
@RolesAllowed(Roles.SERVICE)
public class MatchingEventsResource implements MatchingEventsApi {

    private final RecomputeQueueStore queue;
    private final MatchStore matches;

    public MatchingEventsResource(RecomputeQueueStore queue, MatchStore matches) {
        this.queue = queue;
        this.matches = matches;
    }

    @Override
    @POST
    @Path("/resume-changed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "notifyResumeChanged")
    @APIResponse(responseCode = "204", description = "Queued")
    public void resumeChanged(@Valid ResumeChangedEvent event) {
        if (event.deleted()) {
            matches.deleteResume(event.resumeId());
        } else {
            queue.enqueue(RecomputeTask.Reason.RESUME, event.userId(), event.resumeId(), null);
        }
    }

    /** Has no body: accepted whatever content type (if any) the caller's REST client declares. */
    @Override
    @POST
    @Path("/users/{userId}/preferences-changed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "notifyPreferencesChanged")
    @APIResponse(responseCode = "204", description = "Queued")
    public void preferencesChanged(@PathParam("userId") UUID userId) {
        queue.enqueue(RecomputeTask.Reason.PREFERENCES, userId, null, null);
    }
}
