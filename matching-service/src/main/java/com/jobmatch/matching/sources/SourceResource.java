package com.jobmatch.matching.sources;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

    public record RunView(UUID id, String source, String kind, SourceRunStatus status, String requestedBy, int pagesFetched,
                          int fetched, int newCount, int updatedCount, int unchangedCount, int rejectedCount,
                          int closedCount, int reopenedCount, int rateLimitedCount, boolean complete, String error,
                          String quotaRemaining, OffsetDateTime notBefore, OffsetDateTime queuedAt,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt) {
        static RunView of(SourceRun r) {
            return new RunView(r.id, r.source, r.kind, r.status, r.requestedBy, r.pagesFetched, r.fetched, r.newCount,
                    r.updatedCount, r.unchangedCount, r.rejectedCount, r.closedCount, r.reopenedCount, r.rateLimitedCount,
                    r.complete, r.error, r.quotaRemaining, r.notBefore, r.queuedAt, r.startedAt, r.finishedAt);
        }
    }

    public record RejectionView(int page, int row, String externalId, String reason) {
    }

    public record RunDetail(RunView run, List<RejectionView> rejections) {
    }

    /** A configured source: never its key, only whether the variable naming it is set. */
    public record SourceView(String name, String kind, String board, String url, Duration every, int maxPages,
                             boolean enabled, String apiKeyEnv, Boolean apiKeySet, Map<String, String> filters,
                             RunView lastRun, SourceStore.Totals totals) {
    }

    private final SourcesConfig sources;
    private final SourceRunner runner;
    private final SourceStore store;
    private final SourceCredentials credentials;
    private final Caller caller;

    public SourceResource(SourcesConfig sources, SourceRunner runner, SourceStore store, SourceCredentials credentials,
                          Caller caller) {
        this.sources = sources;
        this.runner = runner;
        this.store = store;
        this.credentials = credentials;
        this.caller = caller;
    }

    @GET
    @Path("/sources")
    @Transactional
    public List<SourceView> sources() {
        Map<String, SourceStore.Totals> totals = store.totals();
        return sources.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            SourcesConfig.Source s = e.getValue();
            Optional<SourceRun> last = SourceRun.<SourceRun>find("source", Sort.descending("queuedAt").and("id"), e.getKey())
                    .firstResultOptional();
            return new SourceView(e.getKey(), s.kind(), s.board().orElse(null), s.url().orElse(null), s.every(), s.maxPages(),
                    s.enabled(), s.apiKeyEnv().orElse(null), s.apiKeyEnv().map(v -> credentials.lookup(v).isPresent()).orElse(null),
                    s.filters(), last.map(RunView::of).orElse(null), totals.getOrDefault(e.getKey(), SourceStore.Totals.NONE));
        }).toList();
    }

    @POST
    @Path("/sources/{name}/runs")
    public Response runOne(@PathParam("name") String name) {
        if (!sources.all().containsKey(name)) {
            throw ProblemException.notFound("Source");
        }
        if (!sources.all().get(name).enabled()) {
            throw ProblemException.conflict("Source " + name + " is not enabled");
        }
        SourceRun run = runner.enqueue(name, WorkPriority.INTERACTIVE, caller.subject())
                .orElseThrow(() -> ProblemException.conflict("Source " + name + " already has a run waiting or running"));
        return Response.accepted(RunView.of(run)).location(URI.create("/api/jobs/collector-runs/" + run.id)).build();
    }

    @GET
    @Path("/collector-runs")
    @Transactional
    public List<RunView> runs(@QueryParam("source") String source,
                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Sort order = Sort.descending("queuedAt").and("id");
        var query = source == null || source.isBlank() ? SourceRun.<SourceRun>findAll(order)
                : SourceRun.<SourceRun>find("source = :source", order, Parameters.with("source", source.strip()));
        return query.page(Page.of(page, size)).list().stream().map(RunView::of).toList();
    }

    @GET
    @Path("/collector-runs/{id}")
    @Transactional
    public RunDetail run(@PathParam("id") UUID id) {
        SourceRun run = SourceRun.<SourceRun>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Run"));
        List<RejectionView> rejections = SourceRunRejection.<SourceRunRejection>find("runId", Sort.ascending("page", "rowNumber"), id)
                .page(Page.ofSize(500)).list().stream()
                .map(r -> new RejectionView(r.page, r.rowNumber, r.externalId, r.reason)).toList();
        return new RunDetail(RunView.of(run), rejections);
    }

    /** Queues a run of every enabled source (those already waiting or running are left as they are). */
    @POST
    @Path("/collector-runs")
    public Response runAll() {
        List<RunView> queued = sources.all().entrySet().stream().filter(e -> e.getValue().enabled())
                .map(Map.Entry::getKey).sorted()
                .map(name -> runner.enqueue(name, WorkPriority.INTERACTIVE, caller.subject()))
                .flatMap(Optional::stream).map(RunView::of).toList();
        return Response.accepted(queued).build();
    }
}
