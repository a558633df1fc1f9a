package com.jobmatch.resume.resumes;

import com.jobmatch.contract.api.AnalysisFinding;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.resume.advice.OptimizationFeedback;
import com.jobmatch.resume.advice.ResumeAnalysisResult;
import com.jobmatch.resume.advice.ResumeOptimization;
import com.jobmatch.resume.versions.FieldChange;
import com.jobmatch.resume.versions.ResumeVersion;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the resume API. */
public final class Views {

    private Views() {
    }

    public record ResumeSummary(UUID id, String title, String status, String source, boolean primary,
                                boolean searchable, boolean enriched, int currentVersion, String errorMessage,
                                OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        public static ResumeSummary of(Resume r) {
            return new ResumeSummary(r.id, r.title, r.status, r.source, r.primary, r.searchable, r.enriched,
                    r.currentVersion, r.errorMessage, r.createdAt, r.updatedAt);
        }
    }

    /**
     * {@code text}: the text the resume's skills were read from; every evidence span (start, end) of its extracted
     * skills and of a match's explanation indexes it, so a client can show the cited words in place.
     */
    public record ResumeView(UUID id, UUID userId, String title, String status, String source, boolean primary,
                             boolean searchable, boolean enriched, String contentType, String checksumSha256,
                             Map<String, Object> fileMetadata, String errorMessage, int currentVersion,
                             Integer totalExperienceMonths, ResumeData resumeData, List<ExtractedSkill> extractedSkills,
                             String text, String legacyId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        public static ResumeView of(Resume r) {
            return new ResumeView(r.id, r.userId, r.title, r.status, r.source, r.primary, r.searchable, r.enriched,
                    r.contentType, r.checksumSha256, r.fileMetadata, r.errorMessage, r.currentVersion,
                    r.totalExperienceMonths, r.resumeData, r.extractedSkills, r.text(), r.legacyId, r.createdAt,
                    r.updatedAt);
        }
    }

    /** The owner's choice of which organizations' recruiters may see a resume. */
    public record VisibilityView(UUID resumeId, ResumeVisibility visibility, List<UUID> organizations) {
        static VisibilityView of(Resume r) {
            return new VisibilityView(r.id, r.visibility, List.of(r.visibleTo));
        }
    }

    public record VersionSummary(int version, String changeSource, String changeSummary, String createdBy,
                                 OffsetDateTime createdAt) {
        public static VersionSummary of(ResumeVersion v) {
            return new VersionSummary(v.versionNumber, v.changeSource, v.changeSummary, v.createdBy, v.createdAt);
        }
    }

    public record VersionView(int version, String changeSource, String changeSummary, String createdBy,
                              OffsetDateTime createdAt, ResumeData resumeData, List<FieldChange> changes) {
    }

    public record Comparison(int from, int to, List<FieldChange> changes) {
    }

    public record AnalysisView(UUID id, int version, double overallScore, double atsScore, List<String> sectionsPresent,
                               List<String> sectionsMissing, List<AnalysisFinding> findings, OffsetDateTime createdAt) {
        public static AnalysisView of(ResumeAnalysisResult a) {
            return new AnalysisView(a.id, a.versionNumber, a.overallScore, a.atsScore, a.sectionsPresent,
                    a.sectionsMissing, a.findings, a.createdAt);
        }
    }

    public record OptimizationView(UUID id, UUID jobId, UUID batchId, String type, String section, String field,
                                   String before, String after, String why, String status, Integer appliedVersion,
                                   OffsetDateTime decidedAt, OffsetDateTime createdAt) {
        public static OptimizationView of(ResumeOptimization o) {
            return new OptimizationView(o.id, o.jobId, o.batchId, o.suggestionType, o.section, o.fieldPath,
                    o.beforeText, o.afterText, o.rationale, o.status, o.appliedVersion, o.decidedAt, o.createdAt);
        }
    }

    public record FeedbackView(UUID id, UUID optimizationId, int rating, String comment, OffsetDateTime createdAt) {
        public static FeedbackView of(OptimizationFeedback f) {
            return new FeedbackView(f.id, f.optimizationId, f.rating, f.comment, f.createdAt);
        }
    }

    public record SearchHit(UUID id, String title, String name, String headline, double rank) {
    }
}
