package com.jobmatch.matching.applications;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.matching.client.OwnedResumes;
import com.jobmatch.matching.interactions.InteractionResource;
import io.quarkus.panache.common.Sort;
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
import jakarta.ws.rs.core.Response;

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
    private final OwnedResumes resumes;
    private final Caller caller;

    public ApplicationResource(ApplicationService applications, OwnedResumes resumes, Caller caller) {
        this.applications = applications;
        this.resumes = resumes;
        this.caller = caller;
    }

    @POST
    public Response start(@Valid @NotNull ApplicationRequest request) {
        ApplicationStatus status = request.status() == null ? ApplicationStatus.SAVED : parse("status", request.status());
        InteractionResource.requireJob(request.jobId());
        if (request.resumeId() != null) {
            resumes.require(request.resumeId());
        }
        JobApplication started = applications.start(caller.userId(), request.jobId(), request.resumeId(),
                request.resumeVersion(), status, request.notes());
        return Response.created(URI.create("/api/applications/" + started.id)).entity(ApplicationView.of(started)).build();
    }

    @GET
    public List<ApplicationView> mine(@QueryParam("status") String status) {
        List<JobApplication> found = status == null
                ? JobApplication.list("userId", Sort.descending("updatedAt").and("id"), caller.userId())
                : JobApplication.list("userId = ?1 and status = ?2", Sort.descending("updatedAt").and("id"),
                caller.userId(), parse("status", status));
        return found.stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("/{id}")
    public ApplicationView one(@PathParam("id") UUID id) {
        return ApplicationView.of(owned(id));
    }

    @POST
    @Path("/{id}/transitions")
    public ApplicationView move(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        ApplicationStatus target = parse("status", request.status());
        return ApplicationView.of(applications.move(owned(id), target, request.note(), request.interviewAt()));
    }

    private JobApplication owned(UUID id) {
        JobApplication application = JobApplication.findById(id);
        if (application == null) {
            throw ProblemException.notFound("Application");
        }
        caller.requireAccess(application.userId, "Application");
        return application;
    }

    private static ApplicationStatus parse(String field, String value) {
        try {
            return ApplicationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + Arrays.toString(ApplicationStatus.values()));
        }
    }
}
