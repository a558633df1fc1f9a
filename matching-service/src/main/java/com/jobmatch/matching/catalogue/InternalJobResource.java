package com.jobmatch.matching.catalogue;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.JobCatalogApi;
import com.jobmatch.contract.model.JobProfile;
import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

/** The contract's job catalogue for other services (service tokens only). */
@RolesAllowed(Roles.SERVICE)
public class InternalJobResource implements JobCatalogApi {

    private final JobCatalogue jobs;

    public InternalJobResource(JobCatalogue jobs) {
        this.jobs = jobs;
    }

    @Override
    public JobProfile jobProfile(UUID jobId, UUID forUser) {
        // A private job exists only for the person who brought it.
        return jobs.profile(jobId, forUser);
    }
}
