package com.jobmatch.user.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** Newest first, narrowed by every criterion of the filter that is set. */
    public PanacheQuery<AuditEvent> search(AuditFilter filter) {
        Sort newestFirst = Sort.descending("occurredAt").and("id");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        and(where, params, "userId", filter.userId());
        and(where, params, "actorId", filter.actorId());
        and(where, params, "organizationId", filter.organizationId());
        and(where, params, "event", filter.event());
        and(where, params, "action", filter.action());
        return find(where.toString(), newestFirst, params);
    }

    private static void and(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
