package com.jobmatch.matching.catalogue;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.model.JobProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Reading the catalogue: the job list, one job, its contract profile; answers records, never entities. */
@ApplicationScoped
public class JobCatalogue {

    private final JobRepository jobs;

    public JobCatalogue(JobRepository jobs) {
        this.jobs = jobs;
    }

    @Transactional
    public PageView<JobSummary> search(JobRepository.Criteria criteria, int page, int size) {
        JobRepository.Found found = jobs.search(criteria, page, size);
        return new PageView<>(found.jobs().stream().map(JobSummary::of).toList(), page, size, found.total());
    }

    @Transactional
    public JobView view(UUID id) {
        Job job = require(id);
        return JobView.of(job, JobProfiles.of(job, jobs.skills(id)), jobs.isCanonical(job));
    }

    @Transactional
    public JobProfile profile(UUID id) {
        return JobProfiles.of(require(id), jobs.skills(id));
    }

    /** 404 "Job" unless the job exists. */
    public void requireJob(UUID id) {
        require(id);
    }

    private Job require(UUID id) {
        return jobs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Job"));
    }
}
