package com.jobmatch.matching.imports;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BulkImportRepository implements PanacheRepositoryBase<BulkImport, UUID> {

    public List<BulkImport> latest(int page, int size) {
        return findAll(Sort.descending("startedAt").and("id")).page(Page.of(page, size)).list();
    }

    public long total() {
        return count();
    }

    public void persist(BulkImportRejection rejection) {
        getEntityManager().persist(rejection);
    }

    public List<BulkImportRejection> rejections(UUID importId) {
        return BulkImportRejection.list("importId", Sort.ascending("rowNumber"), importId);
    }
}
