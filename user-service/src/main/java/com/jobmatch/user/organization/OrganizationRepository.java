package com.jobmatch.user.organization;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /** Locks the organization so that concurrent member changes cannot leave it without an owner. */
    public Optional<Organization> findByIdForUpdate(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name.strip()) > 0;
    }

    public PanacheQuery<Organization> newestFirst() {
        return findAll(Sort.descending("createdAt").and("id"));
    }
}
