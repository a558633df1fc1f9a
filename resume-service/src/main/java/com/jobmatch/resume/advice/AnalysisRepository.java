package com.jobmatch.resume.advice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AnalysisRepository implements PanacheRepositoryBase<ResumeAnalysisResult, UUID> {

    /** One page of a resume's analyses, newest first. */
    public List<ResumeAnalysisResult> ofResume(UUID resumeId, int page, int size) {
        return find("resumeId", Sort.descending("createdAt").and("id"), resumeId).page(page, size).list();
    }

    public long countOfResume(UUID resumeId) {
        return count("resumeId", resumeId);
    }
}
