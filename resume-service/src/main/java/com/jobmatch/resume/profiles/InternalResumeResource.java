package com.jobmatch.resume.profiles;

import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.api.ResumeProfileApi;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.resume.resumes.Paging;
import com.jobmatch.resume.resumes.ResumeQueries;
import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

/** For matching-service (service tokens only): resumes in the matching contract's shape. */
@RolesAllowed(Roles.SERVICE)
public class InternalResumeResource implements ResumeProfileApi {

    /**
     * Larger than people's pages: matching-service reads every searchable resume in pages of a configured size
     * (its knowledge refresh), which may be raised up to this.
     */
    static final int MAX_SIZE = 500;

    private final ResumeQueries queries;

    public InternalResumeResource(ResumeQueries queries) {
        this.queries = queries;
    }

    @Override
    public CandidateProfile candidateProfile(UUID resumeId) {
        return queries.candidateProfile(resumeId);
    }

    @Override
    public Page<CandidateProfile> searchable(int page, int size, UUID organization) {
        Paging.check(page, size, MAX_SIZE);
        return queries.searchable(organization, page, size);
    }
}
