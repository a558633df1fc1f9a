package com.jobmatch.ai.store;

import com.jobmatch.ai.analysis.JobMatchAnalyzer.Facts;
import com.jobmatch.ai.analysis.JobMatchNarrator.Narrative;
import com.jobmatch.ai.analysis.ResumeAnalyzer;
import com.jobmatch.ai.optimization.Preferences;
import com.jobmatch.ai.optimization.ResumeOptimizer;
import com.jobmatch.ai.usage.UsageRecorder.Usage;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.OptimizationSuggestion;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.api.ResumeAnalysis;
import com.jobmatch.contract.model.ExtractedSkill;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything ai-service stores about people and its own use: analyses, optimizations and the decisions on them,
 * optimization preferences, processing sessions. The callers own the transactions.
 */
@ApplicationScoped
public class AiRecords {

    public UUID saveResumeAnalysis(UUID userId, UUID resumeId, Integer resumeVersion, ResumeAnalyzer.Result result) {
        ContentAnalysisRecord record = new ContentAnalysisRecord();
        record.userId = userId;
        record.resumeId = resumeId;
        record.resumeVersion = resumeVersion;
        record.overallScore = result.overallScore();
        record.atsScore = result.atsScore();
        record.wordCount = result.wordCount();
        record.sectionsPresent = result.sectionsPresent();
        record.sectionsMissing = result.sectionsMissing();
        record.findings = result.findings();
        record.persist();
        return record.id;
    }

    public UUID saveJobMatchAnalysis(UUID userId, UUID resumeId, UUID jobId, Facts facts, Narrative narrative) {
        JobMatchAnalysisRecord record = new JobMatchAnalysisRecord();
        record.userId = userId;
        record.resumeId = resumeId;
        record.jobId = jobId;
        record.requiredMatched = facts.requiredMatched();
        record.requiredTotal = facts.requiredTotal();
        record.skillMatchPercentage = facts.skillMatchPercentage();
        record.matchingSkills = facts.matchingSkills();
        record.missingSkills = facts.missingSkills();
        record.extraSkills = facts.extraSkills();
        record.industryAlignment = facts.industryAlignment();
        record.experienceComparison = facts.experienceComparison();
        record.narrative = narrative.text();
        record.narrativeSource = narrative.source();
        record.llmScore = narrative.llmScore();
        record.persist();
        return record.id;
    }

    /** Stores an optimization with its GENERATED history event; returns its id. */
    public UUID saveOptimization(UUID userId, UUID resumeId, UUID jobId, String source, ResumeOptimizer.Outcome result) {
        ResumeOptimizationRecord record = new ResumeOptimizationRecord();
        record.userId = userId;
        record.resumeId = resumeId;
        record.jobId = jobId;
        record.source = source;
        record.suggestions = new ArrayList<>(result.suggestions());
        record.rejectedSuggestions = result.rejected();
        record.persist();
        OptimizationHistoryEntry generated = new OptimizationHistoryEntry();
        generated.optimizationId = record.id;
        generated.userId = userId;
        generated.event = "GENERATED";
        generated.persist();
        return record.id;
    }

    public void saveSkillAnalysis(UUID userId, String kind, String contentHash, List<ExtractedSkill> skills, String version) {
        SkillAnalysisRecord record = new SkillAnalysisRecord();
        record.userId = userId;
        record.textKind = kind;
        record.contentHash = contentHash;
        record.skills = skills;
        record.skillCount = skills.size();
        record.taxonomyVersion = version;
        record.persist();
    }

    public void saveUsage(Usage usage, double costUsd) {
        ProcessingSession session = new ProcessingSession();
        session.userId = usage.userId();
        session.operation = usage.operation();
        session.modelName = usage.model().name();
        session.status = usage.status().name();
        session.inputTokens = usage.inputTokens();
        session.outputTokens = usage.outputTokens();
        session.costUsd = costUsd;
        session.latencyMs = usage.latencyMs();
        session.error = usage.error();
        session.persist();
    }

    /** The seeded wording of each active kind of suggestion, by suggestion type. */
    public ResumeOptimizer.Templates activeTemplates() {
        return new ResumeOptimizer.Templates(OptimizationTemplate.activeTemplates().stream()
                .collect(Collectors.toMap(t -> t.suggestionType, t -> t.whyTemplate, (a, b) -> a)));
    }

    public Optional<Preferences> preferences(UUID userId) {
        OptimizationPreferences stored = userId == null ? null : OptimizationPreferences.findById(userId);
        return Optional.ofNullable(stored).map(AiRecords::view);
    }

    public Preferences savePreferences(UUID userId, Preferences wanted) {
        OptimizationPreferences stored = OptimizationPreferences.findById(userId);
        if (stored == null) {
            stored = new OptimizationPreferences();
            stored.userId = userId;
        }
        stored.maxSuggestions = wanted.maxSuggestions();
        stored.enabledTypes = List.copyOf(wanted.enabledTypes());
        stored.preferredSectionOrder = List.copyOf(wanted.preferredSectionOrder());
        stored.allowLlm = wanted.allowLlm();
        stored.persist();
        return view(stored);
    }

    public Page<ResumeAnalysis> resumeAnalyses(UUID userId, int page, int size) {
        return new Page<>(ContentAnalysisRecord.pageOf(userId, page, size).stream()
                .map(r -> new ResumeAnalysis(r.id, r.overallScore, r.atsScore, r.sectionsPresent, r.sectionsMissing,
                        r.findings))
                .toList(), page, size, ContentAnalysisRecord.countOf(userId));
    }

    public Page<JobMatchAnalysis> jobMatchAnalyses(UUID userId, int page, int size) {
        return new Page<>(JobMatchAnalysisRecord.pageOf(userId, page, size).stream()
                .map(r -> new JobMatchAnalysis(r.id, r.requiredMatched, r.requiredTotal, r.skillMatchPercentage,
                        r.matchingSkills, r.missingSkills, r.extraSkills, r.industryAlignment, r.experienceComparison,
                        r.narrative, r.narrativeSource, r.llmScore))
                .toList(), page, size, JobMatchAnalysisRecord.countOf(userId));
    }

    public Page<ResumeOptimizationRecord> optimizations(UUID userId, int page, int size) {
        return new Page<>(ResumeOptimizationRecord.pageOf(userId, page, size), page, size,
                ResumeOptimizationRecord.countOf(userId));
    }

    public Optional<ResumeOptimizationRecord> optimization(UUID id) {
        return ResumeOptimizationRecord.findByIdOptional(id);
    }

    /** Records a decision on one suggestion; written at once so its time is read back. */
    public OptimizationHistoryEntry saveDecision(ResumeOptimizationRecord optimization, OptimizationSuggestion suggestion,
                                                 boolean accepted) {
        OptimizationHistoryEntry entry = new OptimizationHistoryEntry();
        entry.optimizationId = optimization.id;
        entry.userId = optimization.userId;
        entry.event = accepted ? "ACCEPTED" : "REJECTED";
        entry.suggestionId = suggestion.id();
        entry.suggestionType = suggestion.type();
        entry.persist();
        entry.flush();
        return entry;
    }

    public Page<OptimizationHistoryEntry> history(UUID userId, int page, int size) {
        return new Page<>(OptimizationHistoryEntry.pageOf(userId, page, size), page, size,
                OptimizationHistoryEntry.countOf(userId));
    }

    private static Preferences view(OptimizationPreferences stored) {
        return new Preferences(stored.maxSuggestions, stored.enabledTypes, stored.preferredSectionOrder, stored.allowLlm);
    }
}
