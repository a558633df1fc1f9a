package com.jobmatch.matching.collector;

import com.jobmatch.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Statistics of collector runs, and a run on demand; admins only. */
@Path("/api/jobs/collector-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CollectorResource {

    private final CollectorRuns runs;

    public CollectorResource(CollectorRuns runs) {
        this.runs = runs;
    }

    @GET
    public List<CollectorRunView> runs(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return runs.latest(page, size);
    }

    @POST
    public List<CollectorRunView> runNow() {
        return runs.runNow();
    }
}
