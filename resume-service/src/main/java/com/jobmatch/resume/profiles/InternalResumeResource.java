package com.jobmatch.resume.profiles;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.CandidatePage;
import com.jobmatch.contract.api.ResumeProfileApi;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.resume.resumes.ResumeQueries;
import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

/** For matching-service (service tokens only): resumes in the matching contract's shape. */
@RolesAllowed(Roles.SERVICE)
public class InternalResumeResource implements ResumeProfileApi {

    private final ResumeQueries queries;

    public InternalResumeResource(ResumeQueries queries) {
        this.queries = queries;
    }

    @Override
    public CandidateProfile candidateProfile(UUID resumeId) {
        return queries.candidateProfile(resumeId);
    }

    @Override
    public CandidatePage searchable(int page, int size, UUID organization) {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw ProblemException.invalidField("size", "must be between 1 and 500");
        }
        return queries.searchable(organization, page, size);
    }
}
