package com.jobmatch.matching.collector;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Statistics of collector runs (collector_runs). */
@ApplicationScoped
public class CollectorRunRepository implements PanacheRepositoryBase<CollectorRun, UUID> {

    public List<CollectorRun> latest(int page, int size) {
        return findAll(Sort.descending("startedAt").and("id")).page(Page.of(page, size)).list();
    }
}
