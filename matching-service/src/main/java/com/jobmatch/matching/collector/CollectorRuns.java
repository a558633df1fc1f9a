package com.jobmatch.matching.collector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Collector runs for admins: the latest statistics, and a run of every feed now. */
@ApplicationScoped
public class CollectorRuns {

    private final Collector collector;
    private final CollectorRunRepository runs;

    public CollectorRuns(Collector collector, CollectorRunRepository runs) {
        this.collector = collector;
        this.runs = runs;
    }

    @Transactional
    public List<CollectorRunView> latest(int page, int size) {
        return runs.latest(page, size).stream().map(CollectorRunView::of).toList();
    }

    /** Runs every feed now; each run keeps its own transactions (one per page). */
    public List<CollectorRunView> runNow() {
        return collector.collectAll().stream().map(CollectorRunView::of).toList();
    }
}
