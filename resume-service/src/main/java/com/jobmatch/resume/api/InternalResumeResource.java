package com.jobmatch.resume.api;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.CandidatePage;
import com.jobmatch.contract.api.ResumeProfileApi;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.resume.domain.CandidateProfiles;
import com.jobmatch.resume.domain.Resume;
import com.jobmatch.resume.store.ResumeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

/** For matching-service (service tokens only): resumes in the matching contract's shape. */
@RolesAllowed(Roles.SERVICE)
public class InternalResumeResource implements ResumeProfileApi {

    private final ResumeRepository resumes;

    public InternalResumeResource(ResumeRepository resumes) {
        this.resumes = resumes;
    }

    @Override
    public CandidateProfile candidateProfile(UUID resumeId) {
        Resume resume = QuarkusTransaction.requiringNew().call(() -> resumes.findByIdOptional(resumeId))
                .orElseThrow(() -> ProblemException.notFound("Resume"));
        if (resume.currentVersion == 0) {
            throw ProblemException.conflict("The resume has no data yet (status " + resume.status + ")");
        }
        return CandidateProfiles.of(resume);
    }

    @Override
    public CandidatePage searchable(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw ProblemException.invalidField("size", "must be between 1 and 500");
        }
        return QuarkusTransaction.requiringNew().call(() -> new CandidatePage(
                resumes.searchablePage(page, size).stream().map(CandidateProfiles::of).toList(),
                page, size, resumes.countSearchable()));
    }
}
