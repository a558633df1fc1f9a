package com.jobmatch.resume.resumes;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/**
 * Who may see a resume: its owner, a service, or a recruiter of an organization the owner lets see it (all
 * organizations, or selected ones; {@link ResumeVisibility}). Only the
 * owner may change it. Anyone else gets 404, so ids cannot be probed.
 */
@RequestScoped
public class ResumeAccess {

    private final Caller caller;
    private final ResumeRepository resumes;

    public ResumeAccess(Caller caller, ResumeRepository resumes) {
        this.caller = caller;
        this.resumes = resumes;
    }

    public Resume readable(UUID id) {
        Resume resume = load(id);
        boolean allowed = caller.isService()
                || (caller.isRecruiter() && resume.visibleTo(caller.organizationId()))
                || isOwner(resume);
        if (!allowed) {
            throw ProblemException.notFound("Resume");
        }
        return resume;
    }

    public Resume owned(UUID id) {
        Resume resume = load(id);
        if (!isOwner(resume)) {
            throw ProblemException.notFound("Resume");
        }
        return resume;
    }

    /** 404 "Resume" unless the caller may read the resume. */
    public void requireReadable(UUID id) {
        readable(id);
    }

    /** 404 "Resume" unless the caller owns the resume. */
    public void requireOwned(UUID id) {
        owned(id);
    }

    public UUID callerId() {
        return caller.userId();
    }

    public String actor() {
        return caller.subject();
    }

    private boolean isOwner(Resume resume) {
        return !caller.isService() && resume.userId.equals(caller.userId());
    }

    private Resume load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> resumes.findByIdOptional(id))
                .orElseThrow(() -> ProblemException.notFound("Resume"));
    }
}
