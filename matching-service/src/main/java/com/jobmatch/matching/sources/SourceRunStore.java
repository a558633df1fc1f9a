package com.jobmatch.matching.sources;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Source runs and their rejected rows (tables source_runs, source_run_rejections). Runs in the caller's transaction. */
@ApplicationScoped
public class SourceRunStore {

    public SourceRun create(String source, String kind, String requestedBy) {
        SourceRun run = new SourceRun();
        run.source = source;
        run.kind = kind;
        run.status = SourceRunStatus.QUEUED;
        run.requestedBy = requestedBy;
        run.queuedAt = OffsetDateTime.now();
        run.persistAndFlush();
        return run;
    }

    /** Starts (or starts again) a run from zero; returns its source. */
    public String restart(UUID runId) {
        SourceRun run = SourceRun.findById(runId);
        run.restart();
        SourceRunRejection.delete("runId", runId);
        return run.source;
    }

    public SourceRun get(UUID runId) {
        return SourceRun.findById(runId);
    }

    public void addRejections(List<SourceRunRejection> rejections) {
        rejections.forEach(r -> r.persist());
    }

    public Optional<SourceRun> find(UUID id) {
        return SourceRun.findByIdOptional(id);
    }

    public Optional<SourceRun> last(String source) {
        return SourceRun.<SourceRun>find("source", Sort.descending("queuedAt").and("id"), source).firstResultOptional();
    }

    public List<SourceRun> page(String source, int page, int size) {
        Sort order = Sort.descending("queuedAt").and("id");
        var query = source == null ? SourceRun.<SourceRun>findAll(order)
                : SourceRun.<SourceRun>find("source = :source", order, Parameters.with("source", source));
        return query.page(Page.of(page, size)).list();
    }

    public long count(String source) {
        return source == null ? SourceRun.count() : SourceRun.count("source", source);
    }

    public List<SourceRunRejection> rejections(UUID runId, int limit) {
        return SourceRunRejection.<SourceRunRejection>find("runId", Sort.ascending("page", "rowNumber"), runId)
                .page(Page.ofSize(limit)).list();
    }
}
