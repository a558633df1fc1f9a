package com.jobmatch.matching.collector;

import com.jobmatch.common.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Statistics of collector runs, and a run on demand; admins only. */
@Path("/api/jobs/collector-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CollectorResource {

    public record RunView(UUID id, String source, CollectorRunStatus status, int pagesFetched, int jobsSeen, int newCount,
                          int updatedCount, int unchangedCount, int rejectedCount, String error,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt) {
        static RunView of(CollectorRun r) {
            return new RunView(r.id, r.source, r.status, r.pagesFetched, r.jobsSeen, r.newCount, r.updatedCount,
                    r.unchangedCount, r.rejectedCount, r.error, r.startedAt, r.finishedAt);
        }
    }

    private final Collector collector;

    public CollectorResource(Collector collector) {
        this.collector = collector;
    }

    @GET
    @Transactional
    public List<RunView> runs(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return CollectorRun.<CollectorRun>findAll(Sort.descending("startedAt").and("id")).page(Page.of(page, size))
                .list().stream().map(RunView::of).toList();
    }

    @POST
    public List<RunView> runNow() {
        return collector.collectAll().stream().map(RunView::of).toList();
    }
}
