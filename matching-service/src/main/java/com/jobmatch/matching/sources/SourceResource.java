package com.jobmatch.matching.sources;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Admins: the configured job sources with their statistics, the runs (progress, counters, rejected rows with page, row
 * and reason, the error that ended a run), and runs on demand, queued like the scheduled ones.
 */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SourceResource {

    private final SourceRuns sources;
    private final Caller caller;

    public SourceResource(SourceRuns sources, Caller caller) {
        this.sources = sources;
        this.caller = caller;
    }

    @GET
    @Path("/sources")
    @Operation(operationId = "listJobSources")
    public Page<SourceView> sources(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return Page.slice(sources.sources(), page, size);
    }

    @POST
    @Path("/sources/{name}/runs")
    @Operation(operationId = "runJobSource")
    @APIResponse(responseCode = "202", description = "Queued; Location names the run", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceRunView.class)))
    @APIResponse(responseCode = "409", description = "The source is disabled or already has a run waiting or running")
    public Response runOne(@PathParam("name") String name) {
        if (!sources.configured(name)) {
            throw ProblemException.notFound("Source");
        }
        if (!sources.enabled(name)) {
            throw ProblemException.conflict("Source " + name + " is not enabled");
        }
        SourceRunView run = sources.queue(name, WorkPriority.INTERACTIVE, caller.subject())
                .orElseThrow(() -> ProblemException.conflict("Source " + name + " already has a run waiting or running"));
        return Response.accepted(run).location(URI.create("/api/jobs/collector-runs/" + run.id())).build();
    }

    @GET
    @Path("/collector-runs")
    @Operation(operationId = "listCollectorRuns")
    public Page<SourceRunView> runs(@QueryParam("source") String source,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return sources.runs(source, page, size);
    }

    @GET
    @Path("/collector-runs/{id}")
    @Operation(operationId = "getCollectorRun")
    public SourceRunView.Detail run(@PathParam("id") UUID id) {
        return sources.detail(id).orElseThrow(() -> ProblemException.notFound("Run"));
    }

    /** Queues a run of every enabled source (those already waiting or running are left as they are). */
    @POST
    @Path("/collector-runs")
    @Operation(operationId = "runAllJobSources")
    @APIResponse(responseCode = "202", description = "Queued runs of every enabled source", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SourceRunView.class)))
    public Response runAll() {
        List<SourceRunView> queued = sources.enabledNames().stream()
                .map(name -> sources.queue(name, WorkPriority.INTERACTIVE, caller.subject()))
                .flatMap(Optional::stream).toList();
        return Response.accepted(queued).build();
    }
}
