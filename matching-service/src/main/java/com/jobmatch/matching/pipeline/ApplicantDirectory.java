package com.jobmatch.matching.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Whom an organization may know by name: the candidates who applied to one of its jobs. */
@ApplicationScoped
public class ApplicantDirectory {

    private final PipelineStore store;

    public ApplicantDirectory(PipelineStore store) {
        this.store = store;
    }

    @Transactional
    public Set<UUID> appliedTo(UUID organizationId, Collection<UUID> userIds) {
        return store.appliedTo(organizationId, userIds);
    }
}
