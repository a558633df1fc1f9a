package com.jobmatch.resume.store;

import com.jobmatch.resume.domain.ResumeAnalysisResult;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AnalysisRepository implements PanacheRepositoryBase<ResumeAnalysisResult, UUID> {

    public List<ResumeAnalysisResult> ofResume(UUID resumeId) {
        return list("resumeId", Sort.descending("createdAt").and("id"), resumeId);
    }
}
