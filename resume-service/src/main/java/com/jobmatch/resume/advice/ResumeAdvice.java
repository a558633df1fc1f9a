package com.jobmatch.resume.advice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.OptimizationRequest;
import com.jobmatch.contract.api.OptimizationResponse;
import com.jobmatch.contract.api.OptimizationSuggestion;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.api.ResumeAnalysis;
import com.jobmatch.contract.api.ResumeAnalysisRequest;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.resume.client.AiClient;
import com.jobmatch.resume.client.MatchingClient;
import com.jobmatch.resume.profiles.CandidateProfiles;
import com.jobmatch.resume.resumes.Resume;
import com.jobmatch.resume.resumes.ResumeAccess;
import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeRepository;
import com.jobmatch.resume.resumes.ResumeService;
import com.jobmatch.resume.resumes.Views;
import com.jobmatch.resume.versions.ResumeVersion;
import com.jobmatch.resume.versions.ResumeVersions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Analyses and optimization suggestions from ai-service, stored per resume; accepting a suggestion makes a version. */
@ApplicationScoped
public class ResumeAdvice {

    private final ResumeRepository resumes;
    private final AnalysisRepository analyses;
    private final OptimizationRepository optimizations;
    private final ResumeVersions versions;
    private final ResumeService resumeService;
    private final AiClient ai;
    private final MatchingClient matching;
    private final ObjectMapper json;

    private final ResumeAccess access;

    public ResumeAdvice(ResumeRepository resumes, AnalysisRepository analyses, OptimizationRepository optimizations,
                        ResumeVersions versions, ResumeService resumeService, AiClient ai, MatchingClient matching,
                        ObjectMapper json, ResumeAccess access) {
        this.access = access;
        this.resumes = resumes;
        this.analyses = analyses;
        this.optimizations = optimizations;
        this.versions = versions;
        this.resumeService = resumeService;
        this.ai = ai;
        this.matching = matching;
        this.json = json;
    }

    /** Asks ai-service to analyze the caller's resume and stores the result. */
    public Views.AnalysisView analyze(UUID resumeId) {
        return Views.AnalysisView.of(analyze(access.owned(resumeId)));
    }

    /** One page of the analyses of a resume the caller may read, newest first. */
    public Page<Views.AnalysisView> analyses(UUID resumeId, int page, int size) {
        access.readable(resumeId);
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(
                analyses.ofResume(resumeId, page, size).stream().map(Views.AnalysisView::of).toList(),
                page, size, analyses.countOfResume(resumeId)));
    }

    /** Asks ai-service for suggestions to fit the caller's resume to a job, and stores them. */
    public List<Views.OptimizationView> optimize(UUID resumeId, UUID jobId) {
        return optimize(access.owned(resumeId), jobId).stream().map(Views.OptimizationView::of).toList();
    }

    /** One page of the suggestions for the caller's resume, newest first. */
    public Page<Views.OptimizationView> optimizations(UUID resumeId, int page, int size) {
        access.owned(resumeId);
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(
                optimizations.ofResume(resumeId, page, size).stream().map(Views.OptimizationView::of).toList(),
                page, size, optimizations.countOfResume(resumeId)));
    }

    /** Applies a suggestion to the caller's resume as a new version. */
    public Views.OptimizationView accept(UUID resumeId, UUID optimizationId) {
        access.owned(resumeId);
        return Views.OptimizationView.of(accept(resumeId, optimizationId, access.actor()));
    }

    public Views.OptimizationView reject(UUID resumeId, UUID optimizationId) {
        access.owned(resumeId);
        return Views.OptimizationView.of(rejectRow(resumeId, optimizationId));
    }

    public Views.FeedbackView feedback(UUID resumeId, UUID optimizationId, int rating, String comment) {
        access.owned(resumeId);
        return Views.FeedbackView.of(feedback(resumeId, optimizationId, access.callerId(), rating, comment));
    }

    /** One page of the feedback given on the suggestions for the caller's resume, newest first. */
    public Page<Views.FeedbackView> feedbackOf(UUID resumeId, int page, int size) {
        access.owned(resumeId);
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(
                optimizations.feedbackOfResume(resumeId, page, size).stream().map(Views.FeedbackView::of).toList(),
                page, size, optimizations.countFeedbackOfResume(resumeId)));
    }

    private ResumeAnalysisResult analyze(Resume resume) {
        CandidateProfile profile = parsedProfile(resume);
        ResumeAnalysis analysis = ai.analyze(new ResumeAnalysisRequest(profile, profile.text()))
                .orElseThrow(() -> unavailable("ai-service"));
        return QuarkusTransaction.requiringNew().call(() -> {
            ResumeAnalysisResult result = new ResumeAnalysisResult();
            result.resumeId = resume.id;
            result.versionNumber = profile.resumeVersion();
            result.overallScore = clamp(analysis.overallScore());
            result.atsScore = clamp(analysis.atsScore());
            result.sectionsPresent = analysis.sectionsPresent() == null ? List.of() : analysis.sectionsPresent();
            result.sectionsMissing = analysis.sectionsMissing() == null ? List.of() : analysis.sectionsMissing();
            result.findings = analysis.findings() == null ? List.of() : analysis.findings();
            analyses.persistAndFlush(result);
            return result;
        });
    }

    private List<ResumeOptimization> optimize(Resume resume, UUID jobId) {
        CandidateProfile profile = parsedProfile(resume);
        JobProfile job = matching.jobProfile(jobId, resume.userId).orElseThrow(() -> unavailable("matching-service"));
        OptimizationResponse response = ai.optimize(new OptimizationRequest(profile, profile.text(), job))
                .orElseThrow(() -> unavailable("ai-service"));
        UUID batch = response.optimizationId() != null ? response.optimizationId() : UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ResumeOptimization> stored = new ArrayList<>();
            for (OptimizationSuggestion s : response.suggestions() == null ? List.<OptimizationSuggestion>of() : response.suggestions()) {
                if (s.field() == null || s.after() == null) {
                    continue;
                }
                ResumeOptimization row = new ResumeOptimization();
                row.resumeId = resume.id;
                row.jobId = jobId;
                row.batchId = batch;
                row.suggestionType = s.type() == null ? SuggestionEdit.REWRITE_BULLET : s.type();
                row.section = s.section();
                row.fieldPath = s.field();
                row.beforeText = s.before();
                row.afterText = s.after();
                row.rationale = s.why();
                optimizations.persist(row);
                stored.add(row);
            }
            optimizations.flush();
            return stored;
        });
    }

    private ResumeOptimization accept(UUID resumeId, UUID optimizationId, String by) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ResumeOptimization suggestion = pending(resumeId, optimizationId);
            Resume resume = resumes.findForUpdate(resumeId).orElseThrow(() -> ProblemException.notFound("Resume"));
            ObjectNode draft = json.valueToTree(resume.resumeData);
            SuggestionEdit.apply(suggestion, draft);
            ResumeData changed = resumeService.readStrict(draft, "field", "");
            versions.record(resume, changed, ResumeVersion.OPTIMIZATION,
                    "Accepted suggestion " + suggestion.id + " (" + suggestion.suggestionType + ")", by);
            suggestion.status = ResumeOptimization.ACCEPTED;
            suggestion.appliedVersion = resume.currentVersion;
            suggestion.decidedAt = OffsetDateTime.now();
            return suggestion;
        });
    }

    private ResumeOptimization rejectRow(UUID resumeId, UUID optimizationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ResumeOptimization suggestion = pending(resumeId, optimizationId);
            suggestion.status = ResumeOptimization.REJECTED;
            suggestion.decidedAt = OffsetDateTime.now();
            return suggestion;
        });
    }

    private OptimizationFeedback feedback(UUID resumeId, UUID optimizationId, UUID userId, int rating, String comment) {
        return QuarkusTransaction.requiringNew().call(() -> {
            optimizations.findOfResume(resumeId, optimizationId, false)
                    .orElseThrow(() -> ProblemException.notFound("Optimization"));
            OptimizationFeedback feedback = new OptimizationFeedback();
            feedback.optimizationId = optimizationId;
            feedback.userId = userId;
            feedback.rating = rating;
            feedback.comment = comment;
            optimizations.persistFeedback(feedback);
            optimizations.flush();
            return feedback;
        });
    }

    private ResumeOptimization pending(UUID resumeId, UUID optimizationId) {
        ResumeOptimization suggestion = optimizations.findOfResume(resumeId, optimizationId, true)
                .orElseThrow(() -> ProblemException.notFound("Optimization"));
        if (!ResumeOptimization.PENDING.equals(suggestion.status)) {
            throw ProblemException.conflict("The suggestion was already " + suggestion.status);
        }
        return suggestion;
    }

    private static CandidateProfile parsedProfile(Resume resume) {
        if (resume.currentVersion == 0) {
            throw ProblemException.conflict("The resume has no data yet (status " + resume.status + "); wait until it is parsed");
        }
        return CandidateProfiles.of(resume);
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    private static ProblemException unavailable(String service) {
        // The client's fallback logged why (once per call); the answer is an expected outage, not a failure of ours.
        return ProblemException.unavailable("Service unavailable", service + " is unavailable; try again later", null);
    }
}
