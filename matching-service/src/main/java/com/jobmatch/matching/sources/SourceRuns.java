package com.jobmatch.matching.sources;

import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.contract.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What admins read and do about sources: configured sources with statistics, runs, runs on demand; records only. */
@ApplicationScoped
public class SourceRuns {

    /** Rejected rows shown with one run. */
    static final int REJECTIONS_SHOWN = 500;

    private final SourcesConfig sources;
    private final SourceRunner runner;
    private final SourceStore store;
    private final SourceRunStore runs;
    private final SourceCredentials credentials;

    public SourceRuns(SourcesConfig sources, SourceRunner runner, SourceStore store, SourceRunStore runs,
                      SourceCredentials credentials) {
        this.sources = sources;
        this.runner = runner;
        this.store = store;
        this.runs = runs;
        this.credentials = credentials;
    }

    public boolean configured(String name) {
        return sources.all().containsKey(name);
    }

    public boolean enabled(String name) {
        return configured(name) && sources.all().get(name).enabled();
    }

    public List<String> enabledNames() {
        return sources.all().entrySet().stream().filter(e -> e.getValue().enabled()).map(Map.Entry::getKey).sorted().toList();
    }

    /** Queues a run; empty when the source already has one waiting or running. */
    public Optional<SourceRunView> queue(String name, WorkPriority priority, String requestedBy) {
        return runner.enqueue(name, priority, requestedBy);
    }

    @Transactional
    public List<SourceView> sources() {
        Map<String, SourceStore.Totals> totals = store.totals();
        return sources.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            SourcesConfig.Source s = e.getValue();
            return new SourceView(e.getKey(), s.kind(), s.board().orElse(null), s.url().orElse(null), s.every(), s.maxPages(),
                    s.enabled(), s.apiKeyEnv().orElse(null), s.apiKeyEnv().map(v -> credentials.lookup(v).isPresent()).orElse(null),
                    s.filters(), runs.last(e.getKey()).map(SourceRunView::of).orElse(null),
                    totals.getOrDefault(e.getKey(), SourceStore.Totals.NONE));
        }).toList();
    }

    @Transactional
    public Page<SourceRunView> runs(String source, int page, int size) {
        String named = source == null || source.isBlank() ? null : source.strip();
        return new Page<>(runs.page(named, page, size).stream().map(SourceRunView::of).toList(), page, size,
                runs.count(named));
    }

    @Transactional
    public Optional<SourceRunView.Detail> detail(UUID id) {
        return runs.find(id).map(run -> new SourceRunView.Detail(SourceRunView.of(run), runs.rejections(id, REJECTIONS_SHOWN)
                .stream().map(r -> new SourceRunView.Rejection(r.page, r.rowNumber, r.externalId, r.reason)).toList()));
    }
}
