package com.jobmatch.user.tokens;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class TokenRevocationRepository implements PanacheRepositoryBase<TokenRevocation, Long> {

    public List<TokenRevocation> revokedAfter(Instant from) {
        return list("revokedAt > ?1 order by revokedAt", from);
    }

    public long deleteRevokedBefore(Instant before) {
        return delete("revokedAt < ?1", before);
    }
}
