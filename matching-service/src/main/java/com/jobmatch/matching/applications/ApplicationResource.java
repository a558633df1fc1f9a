package com.jobmatch.matching.applications;

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

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A person's applications (seed 003 pipeline): saved -> applied -> interviewing -> offer -> hired, or rejected / withdrawn. */
@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CANDIDATE)
public class ApplicationResource {

    private final ApplicationService applications;
    private final JobCatalogue jobs;
    private final OwnedResumes resumes;
    private final Caller caller;

    public ApplicationResource(ApplicationService applications, JobCatalogue jobs, OwnedResumes resumes, Caller caller) {
        this.applications = applications;
        this.jobs = jobs;
        this.resumes = resumes;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createApplication")
    @APIResponse(responseCode = "404", description = "The job or the resume is not found, or not the caller's")
    @APIResponse(responseCode = "201", description = "Tracked; Location names the application", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The job is already tracked")
    public Response start(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationRequest.class), examples = @ExampleObject(name = "applied", value = """
            {"jobId": "6f1c2b1e-8f3a-4a53-9f43-2d7c6f0b5a11", "resumeId": "0b7e7c52-3d59-4c8e-a3d4-51f1a0e6c2d9",
             "status": "APPLIED", "notes": "Referral from Ana"}"""))) @Valid @NotNull ApplicationRequest request) {
        ApplicationStatus status = request.status() == null ? ApplicationStatus.SAVED : parse("status", request.status());
        jobs.requireJob(request.jobId(), caller.userId());
        if (request.resumeId() != null) {
            resumes.require(request.resumeId());
        }
        ApplicationView started = applications.start(caller.userId(), request.jobId(), request.resumeId(),
                request.resumeVersion(), status, request.notes());
        return Response.created(URI.create("/api/applications/" + started.id())).entity(started).build();
    }

    @GET
    @Operation(operationId = "listMyApplications")
    public Page<ApplicationView> mine(@QueryParam("status") String status,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return applications.of(caller.userId(), status == null ? null : parse("status", status), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApplication")
    public ApplicationView one(@PathParam("id") UUID id) {
        return applications.one(id, caller);
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionApplication")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The transition is not allowed from the current status")
    public ApplicationView move(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        ApplicationStatus target = parse("status", request.status());
        return applications.move(id, caller, target, request.note(), request.interviewAt());
    }

    private static ApplicationStatus parse(String field, String value) {
        try {
            return ApplicationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + Arrays.toString(ApplicationStatus.values()));
        }
    }
}
