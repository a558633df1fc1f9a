package com.jobmatch.matching.interactions;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.catalogue.JobCatalogue;
import com.jobmatch.matching.client.OwnedResumes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Interactions with and feedback on matches; both feed the personalization score of later rankings. */
@Path("/api/matches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CANDIDATE)
public class InteractionResource {

    private final OwnedResumes resumes;
    private final JobCatalogue jobs;
    private final InteractionService interactions;
    private final Caller caller;

    public InteractionResource(OwnedResumes resumes, JobCatalogue jobs, InteractionService interactions, Caller caller) {
        this.resumes = resumes;
        this.jobs = jobs;
        this.interactions = interactions;
        this.caller = caller;
    }

    @POST
    @Path("/{resumeId}/jobs/{jobId}/interactions")
    @Operation(operationId = "recordInteraction")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InteractionView.class)))
    public Response interact(@PathParam("resumeId") UUID resumeId, @PathParam("jobId") UUID jobId,
                             @Valid @NotNull InteractionRequest request) {
        InteractionType type = parse(request.type());
        jobs.requireJob(jobId, caller.userId());
        resumes.require(resumeId);
        InteractionView saved = interactions.record(caller.userId(), resumeId, jobId, type);
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @POST
    @Path("/{resumeId}/jobs/{jobId}/feedback")
    @Operation(operationId = "submitMatchFeedback")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public Response feedback(@PathParam("resumeId") UUID resumeId, @PathParam("jobId") UUID jobId,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = FeedbackRequest.class),
                                     examples = @ExampleObject(name = "not helpful", value = """
                                     {"helpful": false, "reason": "salary too low", "comment": "Below my minimum"}""")))
                             @Valid @NotNull FeedbackRequest request) {
        jobs.requireJob(jobId, caller.userId());
        resumes.require(resumeId);
        FeedbackView saved = interactions.feedback(caller.userId(), jobId, request.helpful(), request.reason(),
                request.comment());
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @GET
    @Path("/interactions")
    @Operation(operationId = "listMyInteractions")
    public Page<InteractionView> mine(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return interactions.interactionsOf(caller.userId(), page, size);
    }

    @GET
    @Path("/feedback")
    @Operation(operationId = "listMyMatchFeedback")
    public Page<FeedbackView> myFeedback(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return interactions.feedbackOf(caller.userId(), page, size);
    }

    private static InteractionType parse(String type) {
        try {
            return InteractionType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("type", "must be one of " + Arrays.toString(InteractionType.values()));
        }
    }
}
