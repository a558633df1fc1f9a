package com.jobmatch.ai.optimization;

import com.jobmatch.ai.analysis.AnalysisStore;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.OptimizationSuggestion;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.api.ResumeAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** What ai-service keeps about one person: their analyses, optimizations, decisions and preferences. */
@ApplicationScoped
public class PersonalHistory {

    public record StoredOptimization(UUID optimizationId, UUID resumeId, UUID jobId, String source,
                                     List<OptimizationSuggestion> suggestions, int rejectedSuggestions,
                                     Instant createdAt) {
        static StoredOptimization of(ResumeOptimizationRecord record) {
            return new StoredOptimization(record.id, record.resumeId, record.jobId, record.source, record.suggestions,
                    record.rejectedSuggestions, record.createdAt);
        }
    }

    public record HistoryEvent(UUID optimizationId, String event, String suggestionId, String suggestionType,
                               Instant at) {
        static HistoryEvent of(OptimizationHistoryEntry entry) {
            return new HistoryEvent(entry.optimizationId, entry.event, entry.suggestionId, entry.suggestionType,
                    entry.createdAt);
        }
    }

    private final AnalysisStore analyses;
    private final OptimizationStore optimizations;

    public PersonalHistory(AnalysisStore analyses, OptimizationStore optimizations) {
        this.analyses = analyses;
        this.optimizations = optimizations;
    }

    @Transactional
    public Page<ResumeAnalysis> resumeAnalyses(UUID userId, int page, int size) {
        return analyses.resumeAnalyses(userId, page, size);
    }

    @Transactional
    public Page<JobMatchAnalysis> jobMatchAnalyses(UUID userId, int page, int size) {
        return analyses.jobMatchAnalyses(userId, page, size);
    }

    @Transactional
    public Page<StoredOptimization> optimizations(UUID userId, int page, int size) {
        Page<ResumeOptimizationRecord> stored = optimizations.optimizations(userId, page, size);
        return new Page<>(stored.items().stream().map(StoredOptimization::of).toList(), page, size, stored.total());
    }

    /** One optimization the caller may see (404 otherwise). */
    @Transactional
    public StoredOptimization optimization(UUID id, Caller caller) {
        return StoredOptimization.of(owned(id, caller));
    }

    /** Records that the person accepted or rejected one suggestion (optimization_history). */
    @Transactional
    public HistoryEvent decide(UUID id, Caller caller, String suggestionId, boolean accepted) {
        ResumeOptimizationRecord optimization = owned(id, caller);
        OptimizationSuggestion suggestion = optimization.suggestions.stream()
                .filter(s -> s.id().equals(suggestionId)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("suggestionId", "is not a suggestion of this optimization"));
        return HistoryEvent.of(optimizations.saveDecision(optimization, suggestion, accepted));
    }

    @Transactional
    public Page<HistoryEvent> history(UUID userId, int page, int size) {
        Page<OptimizationHistoryEntry> stored = optimizations.history(userId, page, size);
        return new Page<>(stored.items().stream().map(HistoryEvent::of).toList(), page, size, stored.total());
    }

    @Transactional
    public Preferences preferences(UUID userId) {
        return optimizations.preferences(userId).orElseGet(Preferences::defaults);
    }

    /** Replaces a person's optimization preferences; 400 naming the field for unknown or repeated types. */
    @Transactional
    public Preferences updatePreferences(UUID userId, Preferences wanted) {
        for (String type : wanted.enabledTypes()) {
            if (!Preferences.ALL_TYPES.contains(type)) {
                throw ProblemException.invalidField("enabledTypes", "must contain only " + Preferences.ALL_TYPES);
            }
        }
        if (new HashSet<>(wanted.enabledTypes()).size() != wanted.enabledTypes().size()) {
            throw ProblemException.invalidField("enabledTypes", "must not repeat a type");
        }
        return optimizations.savePreferences(userId, wanted);
    }

    private ResumeOptimizationRecord owned(UUID id, Caller caller) {
        ResumeOptimizationRecord record = optimizations.optimization(id)
                .orElseThrow(() -> ProblemException.notFound("Optimization"));
        caller.requireAccess(record.userId, "Optimization");
        return record;
    }
}
