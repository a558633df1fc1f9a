package com.jobmatch.matching.pipeline;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.recruiting.OrgMember;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.UUID;

/**
 * One application to an organization's job: owners and recruiters move it through the stages and schedule its
 * interview rounds (a hiring manager gets 403); members read the rounds. Another organization's application is 404.
 */
@Path("/api/recruiting/applications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECRUITER)
public class ApplicantResource {

    private final PipelineService pipeline;
    private final InterviewService interviews;
    private final OrgMember member;

    public ApplicantResource(PipelineService pipeline, InterviewService interviews, OrgMember member) {
        this.pipeline = pipeline;
        this.interviews = interviews;
        this.member = member;
    }

    @POST
    @Path("/stage")
    @Operation(operationId = "moveApplicantStage", summary = "Moves one application of the organization to a stage")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicantMove.class)))
    @APIResponse(responseCode = "409", description = "The application cannot go from its stage to the one asked")
    public ApplicantMove move(@PathParam("id") UUID applicationId, @Valid @NotNull StageRequest request) {
        return pipeline.move(member.editor(), applicationId, request);
    }

    @POST
    @Path("/interviews")
    @Operation(operationId = "scheduleInterview", summary = "Schedules an interview round for an application in INTERVIEWING")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the round", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "409", description = "The application is not in INTERVIEWING")
    public Response schedule(@PathParam("id") UUID applicationId, @Valid @NotNull InterviewRequest request) {
        InterviewView created = interviews.schedule(member.editor(), applicationId, request);
        return Response.created(URI.create("/api/recruiting/interviews/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/interviews")
    @Operation(operationId = "listApplicationInterviews", summary = "The interview rounds of one application, first round first")
    public Page<InterviewView> interviews(@PathParam("id") UUID applicationId,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return interviews.of(member.reader(), applicationId, page, size);
    }
}
