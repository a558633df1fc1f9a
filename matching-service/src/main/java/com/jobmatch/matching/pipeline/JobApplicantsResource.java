package com.jobmatch.matching.pipeline;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.applications.ApplicationStatus;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/**
 * The applicants of one of the organization's jobs: members read them, ranked and paged; owners and recruiters move several at
 * once (a hiring manager gets 403). Another organization's job is 404.
 */
@Path("/api/recruiting/jobs/{jobId}/applicants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECRUITER)
public class JobApplicantsResource {

    private final PipelineService pipeline;
    private final OrgMember member;

    public JobApplicantsResource(PipelineService pipeline, OrgMember member) {
        this.pipeline = pipeline;
        this.member = member;
    }

    @GET
    @Operation(operationId = "listJobApplicants", summary = "One page of the applicants of one of the organization's jobs, ranked best first")
    public Page<ApplicantView> applicants(@PathParam("jobId") UUID postedJobId, @QueryParam("stage") String stage,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PipelineService.MAX_PAGE_SIZE) int size) {
        ApplicationStatus filter = stage == null ? null : PipelineService.parseStageFilter(stage);
        return pipeline.applicants(member.reader(), postedJobId, filter, page, size);
    }

    @POST
    @Path("/stage")
    @Operation(operationId = "moveJobApplicantsStage", summary = "Moves several applicants of a job to one stage; each item says whether it moved")
    public BulkStageResult moveMany(@PathParam("jobId") UUID postedJobId, @Valid @NotNull BulkStageRequest request) {
        return pipeline.moveMany(member.editor(), postedJobId, request);
    }
}
