package com.jobmatch.user.store;

import com.jobmatch.user.domain.AuditEvent;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** Newest first, optionally only the events about one user and/or of one type. */
    public PanacheQuery<AuditEvent> search(UUID userId, AuditEvent.Type event) {
        Sort newestFirst = Sort.descending("occurredAt").and("id");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (userId != null) {
            where.append(" and userId = :userId");
            params.put("userId", userId);
        }
        if (event != null) {
            where.append(" and event = :event");
            params.put("event", event);
        }
        return find(where.toString(), newestFirst, params);
    }
}
