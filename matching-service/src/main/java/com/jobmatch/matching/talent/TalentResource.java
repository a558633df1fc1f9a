package com.jobmatch.matching.talent;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.recruiting.OrgMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;

/** Submissions and the hot list of the caller's organization: members read them, owners and recruiters change them. */
@Path("/api/recruiting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECRUITER)
public class TalentResource {

    private final TalentService talent;
    private final OrgMember member;

    public TalentResource(TalentService talent, OrgMember member) {
        this.talent = talent;
        this.member = member;
    }

    @POST
    @Path("/submissions")
    @Operation(operationId = "submitCandidate", summary = "Submits a candidate to one of the organization's jobs or to a client")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "404", description = "The job is not found, or not the organization's")
    public Response submit(@Valid @NotNull SubmissionRequest request) {
        SubmissionView created = talent.submit(member.editor(), request);
        return Response.created(URI.create("/api/recruiting/submissions?postedJobId="
                + (created.postedJobId() == null ? "" : created.postedJobId()))).entity(created).build();
    }

    @GET
    @Path("/submissions")
    @Operation(operationId = "listSubmissions", summary = "The organization's submissions, optionally of one job")
    // No content named here: the return type gives the schema with its item type (a page of SubmissionView); a class
    // named in the annotation would be the raw, untyped page.
    @APIResponse(responseCode = "200", description = "OK")
    // JAX-RS answers 404 for a query parameter it cannot convert (postedJobId not a UUID).
    @APIResponse(responseCode = "404", description = "postedJobId is not a UUID")
    public Page<SubmissionView> submissions(@QueryParam("postedJobId") UUID postedJobId,
                                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return talent.submissions(member.reader(), postedJobId, page, size);
    }

    @PUT
    @Path("/hot-list/{candidateUserId}")
    @Operation(operationId = "putOnHotList", summary = "Puts a candidate on the organization's hot list, or updates the entry")
    public HotListView put(@PathParam("candidateUserId") UUID candidate, @Valid @NotNull HotListRequest request) {
        return talent.putOnHotList(member.editor(), candidate, request);
    }

    @GET
    @Path("/hot-list")
    @Operation(operationId = "listHotList", summary = "The organization's hot list, filtered by tag and availability")
    public Page<HotListView> hotList(@QueryParam("tag") String tag, @QueryParam("availability") String availability,
                                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return talent.hotList(member.reader(), tag, availability, page, size);
    }

    @DELETE
    @Path("/hot-list/{candidateUserId}")
    @Operation(operationId = "removeFromHotList", summary = "Takes a candidate off the organization's hot list")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("candidateUserId") UUID candidate) {
        talent.removeFromHotList(member.editor(), candidate);
        return Response.noContent().build();
    }
}
