package com.jobmatch.matching.catalogue;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
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
    public Page<JobSummary> search(JobRepository.Criteria criteria, int page, int size) {
        JobRepository.Found found = jobs.search(criteria, page, size);
        return new Page<>(found.jobs().stream().map(JobSummary::of).toList(), page, size, found.total());
    }

    /** One job as {@code viewer} may see it: someone else's private job is 404. */
    @Transactional
    public JobView view(UUID id, UUID viewer) {
        Job job = require(id, viewer);
        return JobView.of(job, JobProfiles.of(job, jobs.skills(id)), jobs.isCanonical(job));
    }

    /** The job's contract profile; a private job only for its owner ({@code forUser}). */
    @Transactional
    public JobProfile profile(UUID id, UUID forUser) {
        return JobProfiles.of(require(id, forUser), jobs.skills(id));
    }

    /** 404 "Job" unless the job exists for this person (a catalogue job, or a private job they brought). */
    @Transactional
    public void requireJob(UUID id, UUID userId) {
        require(id, userId);
    }

    /** Closed (gone from its source, or expired): never matched again. */
    @Transactional
    public boolean isClosed(UUID id) {
        return jobs.findByIdOptional(id).map(j -> j.closedAt != null).orElse(false);
    }

    /** A private job (one a person brought for themselves). */
    @Transactional
    public boolean isPrivate(UUID id) {
        return jobs.findByIdOptional(id).map(j -> j.ownerUserId != null).orElse(false);
    }

    private Job require(UUID id, UUID userId) {
        return jobs.findByIdOptional(id).filter(j -> j.visibleTo(userId)).orElseThrow(() -> ProblemException.notFound("Job"));
    }
}
