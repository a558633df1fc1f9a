package com.jobmatch.matching.catalogue;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.JobCatalogApi;
import com.jobmatch.contract.model.JobProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The contract's job catalogue for other services (service tokens only). */
@RolesAllowed(Roles.SERVICE)
public class InternalJobResource implements JobCatalogApi {

    private final JobRepository jobs;

    public InternalJobResource(JobRepository jobs) {
        this.jobs = jobs;
    }

    @Override
    @Transactional
    public JobProfile jobProfile(UUID jobId) {
        Job job = jobs.findByIdOptional(jobId).orElseThrow(() -> ProblemException.notFound("Job"));
        return JobProfiles.of(job, jobs.skills(jobId));
    }
}
