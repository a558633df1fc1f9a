package com.jobmatch.matching.postings;

import com.jobmatch.common.problem.ProblemException;
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
import jakarta.ws.rs.PUT;
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
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * An organization's jobs: members (recruiters, owners, hiring managers) read them, drafts included; owners and
 * recruiters create, edit, publish, close and reopen them (a hiring manager gets 403); another organization's job is 404.
 */
@Path("/api/recruiting/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECRUITER)
public class PostingResource {

    private final PostingService postings;
    private final OrgMember member;

    public PostingResource(PostingService postings, OrgMember member) {
        this.postings = postings;
        this.member = member;
    }

    @POST
    @Operation(operationId = "createPostedJob", summary = "Creates a draft job of the organization, from fields or a template")
    @APIResponse(responseCode = "201", description = "Created; Location names the job", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostedJobView.class)))
    public Response create(@Valid @NotNull JobDraftRequest request) {
        PostedJobView created = postings.create(member.editor(), request);
        return Response.created(URI.create("/api/recruiting/jobs/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listPostedJobs", summary = "The organization's jobs, drafts included, optionally of one status")
    public Page<PostedJobView> list(@QueryParam("status") String status,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return postings.jobs(member.reader(), status == null ? null : parse(status), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPostedJob", summary = "One of the organization's jobs")
    public PostedJobView one(@PathParam("id") UUID id) {
        return postings.job(member.reader(), id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "editPostedJob", summary = "Edits one of the organization's jobs")
    @APIResponse(responseCode = "200", description = "Edited", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostedJobView.class)))
    @APIResponse(responseCode = "409", description = "The job is closed")
    public PostedJobView edit(@PathParam("id") UUID id, @Valid @NotNull PostingFields posting) {
        return postings.edit(member.editor(), id, posting);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishPostedJob", summary = "Publishes a draft job")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostedJobView.class)))
    @APIResponse(responseCode = "409", description = "The job is not a draft")
    public PostedJobView publish(@PathParam("id") UUID id) {
        return postings.publish(member.editor(), id);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closePostedJob", summary = "Closes a published job")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostedJobView.class)))
    @APIResponse(responseCode = "409", description = "The job is not published")
    public PostedJobView close(@PathParam("id") UUID id) {
        return postings.close(member.editor(), id);
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(operationId = "reopenPostedJob", summary = "Reopens a closed job")
    @APIResponse(responseCode = "200", description = "Reopened", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostedJobView.class)))
    @APIResponse(responseCode = "409", description = "The job is not closed")
    public PostedJobView reopen(@PathParam("id") UUID id) {
        return postings.reopen(member.editor(), id);
    }

    private static PostedJobStatus parse(String value) {
        try {
            return PostedJobStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + Arrays.toString(PostedJobStatus.values()));
        }
    }
}
