package com.jobmatch.matching.client;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.contract.model.CandidateProfile;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/** The caller's own resume from resume-service; someone else's (or an unknown one) answers 404. */
@RequestScoped
public class OwnedResumes {

    private final ResumeClient resumes;
    private final Caller caller;

    public OwnedResumes(ResumeClient resumes, Caller caller) {
        this.resumes = resumes;
        this.caller = caller;
    }

    public CandidateProfile require(UUID resumeId) {
        CandidateProfile profile = resumes.find(resumeId).orElseThrow(() -> ProblemException.notFound("Resume"));
        if (!caller.isAdmin()) {
            caller.requireAccess(profile.userId(), "Resume");
        }
        return profile;
    }

    public static UUID parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "must not be blank");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }
}
