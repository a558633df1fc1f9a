package com.jobmatch.matching.pipeline;

import com.jobmatch.common.security.Roles;
import com.jobmatch.matching.applications.ApplicationStatus;
import com.jobmatch.matching.recruiting.OrgMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * The applicants of an organization's jobs and their stages. Members read them; owners and recruiters move them (a
 * hiring manager gets 403). Another organization's job or application is 404.
 */
@Path("/api/recruiting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECRUITER)
public class ApplicantResource {

    private final PipelineService pipeline;
    private final OrgMember member;

    public ApplicantResource(PipelineService pipeline, OrgMember member) {
        this.pipeline = pipeline;
        this.member = member;
    }

    @GET
    @Path("/jobs/{id}/applicants")
    public Applicants applicants(@PathParam("id") UUID postedJobId, @QueryParam("stage") String stage) {
        ApplicationStatus filter = stage == null ? null : PipelineService.parseStageFilter(stage);
        return pipeline.applicants(member.reader(), postedJobId, filter);
    }

    @POST
    @Path("/jobs/{id}/applicants/stage")
    public BulkStageResult moveMany(@PathParam("id") UUID postedJobId, @Valid @NotNull BulkStageRequest request) {
        return pipeline.moveMany(member.editor(), postedJobId, request);
    }

    @POST
    @Path("/applications/{id}/stage")
    public ApplicantMove move(@PathParam("id") UUID applicationId, @Valid @NotNull StageRequest request) {
        return pipeline.move(member.editor(), applicationId, request);
    }
}
