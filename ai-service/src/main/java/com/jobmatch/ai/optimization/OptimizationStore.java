package com.jobmatch.ai.optimization;

import com.jobmatch.contract.api.OptimizationSuggestion;
import com.jobmatch.contract.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Optimizations, the decisions on them, optimization preferences and the seeded templates (resume_optimizations,
 * optimization_history, user_optimization_preferences, optimization_templates): all their queries and writes. The
 * callers (OptimizationService, PersonalHistory) own the transactions; MANDATORY makes a forgotten one fail loudly.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OptimizationStore {

    /** A person's lists are paged newest first; the id breaks ties between rows of the same instant. */
    private static final String NEWEST_FIRST = "userId = ?1 order by createdAt desc, id";

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

    /** The seeded wording of each active kind of suggestion, by suggestion type. */
    public ResumeOptimizer.Templates activeTemplates() {
        List<OptimizationTemplate> active = OptimizationTemplate.list("active", true);
        return new ResumeOptimizer.Templates(active.stream()
                .collect(Collectors.toMap(t -> t.suggestionType, t -> t.whyTemplate, (a, b) -> a)));
    }

    public Optional<Preferences> preferences(UUID userId) {
        OptimizationPreferences stored = userId == null ? null : OptimizationPreferences.findById(userId);
        return Optional.ofNullable(stored).map(OptimizationStore::view);
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

    public Page<ResumeOptimizationRecord> optimizations(UUID userId, int page, int size) {
        List<ResumeOptimizationRecord> records = ResumeOptimizationRecord.<ResumeOptimizationRecord>find(NEWEST_FIRST, userId)
                .page(page, size).list();
        return new Page<>(records, page, size, ResumeOptimizationRecord.count("userId", userId));
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
        List<OptimizationHistoryEntry> entries = OptimizationHistoryEntry.<OptimizationHistoryEntry>find(NEWEST_FIRST, userId)
                .page(page, size).list();
        return new Page<>(entries, page, size, OptimizationHistoryEntry.count("userId", userId));
    }

    private static Preferences view(OptimizationPreferences stored) {
        return new Preferences(stored.maxSuggestions, stored.enabledTypes, stored.preferredSectionOrder, stored.allowLlm);
    }
}
