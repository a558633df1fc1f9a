package com.jobmatch.resume.versions;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.resume.resumes.Paging;
import com.jobmatch.resume.resumes.ResumeAccess;
import com.jobmatch.resume.resumes.ResumeQueries;
import com.jobmatch.resume.resumes.ResumeService;
import com.jobmatch.resume.resumes.Views.Comparison;
import com.jobmatch.resume.resumes.Views.ResumeView;
import com.jobmatch.resume.resumes.Views.VersionSummary;
import com.jobmatch.resume.resumes.Views.VersionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** A resume's history: every version with the fields it changed; compare two, restore one. */
@Path("/api/resumes/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    private final ResumeQueries queries;
    private final ResumeService service;
    private final ResumeAccess access;

    public VersionResource(ResumeQueries queries, ResumeService service, ResumeAccess access) {
        this.queries = queries;
        this.service = service;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    @Operation(operationId = "listResumeVersions")
    public Page<VersionSummary> history(@PathParam("id") UUID id,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return queries.history(id, page, size);
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    @Operation(operationId = "getResumeVersion")
    public VersionView version(@PathParam("id") UUID id, @PathParam("version") int number) {
        return queries.version(id, number);
    }

    @GET
    @Path("/compare")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    @Operation(operationId = "compareResumeVersions")
    public Comparison compare(@PathParam("id") UUID id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null) {
            throw ProblemException.invalidField("from", "is required");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "is required");
        }
        return queries.compare(id, from, to);
    }

    /** Makes the data of an old version current again, as a new version. */
    @POST
    @Path("/{version}/restore")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "restoreResumeVersion")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "409", description = "The resume has no data yet")
    public ResumeView restore(@PathParam("id") UUID id, @PathParam("version") int number) {
        access.requireOwned(id);
        return service.restore(id, number, access.actor());
    }
}
