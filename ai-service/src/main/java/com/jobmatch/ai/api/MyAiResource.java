package com.jobmatch.ai.api;

import com.jobmatch.ai.domain.Preferences;
import com.jobmatch.ai.store.ContentAnalysisRecord;
import com.jobmatch.ai.store.JobMatchAnalysisRecord;
import com.jobmatch.ai.store.OptimizationHistoryEntry;
import com.jobmatch.ai.store.OptimizationPreferences;
import com.jobmatch.ai.store.ResumeOptimizationRecord;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.OptimizationSuggestion;
import com.jobmatch.contract.api.ResumeAnalysis;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** A candidate's own stored analyses, optimizations and optimization preferences (the token's subject). */
@Path("/api/ai/me")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyAiResource {

    static final int PAGE = 50;

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

    public record Decision(@NotBlank String suggestionId, @NotNull Boolean accepted) {
    }

    public record PreferencesUpdate(@NotNull @Min(1) @Max(50) Integer maxSuggestions,
                                    @NotNull @Size(max = 3) List<@NotBlank String> enabledTypes,
                                    @Size(max = 10) List<@NotBlank @Size(max = 40) String> preferredSectionOrder,
                                    @NotNull Boolean allowLlm) {
    }

    private final Caller caller;

    public MyAiResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/resume-analyses")
    public List<ResumeAnalysis> resumeAnalyses() {
        return ContentAnalysisRecord.latestOf(caller.userId(), PAGE).stream()
                .map(r -> new ResumeAnalysis(r.id, r.overallScore, r.atsScore, r.sectionsPresent, r.sectionsMissing,
                        r.findings))
                .toList();
    }

    @GET
    @Path("/job-match-analyses")
    public List<JobMatchAnalysis> jobMatchAnalyses() {
        return JobMatchAnalysisRecord.latestOf(caller.userId(), PAGE).stream()
                .map(r -> new JobMatchAnalysis(r.id, r.requiredMatched, r.requiredTotal, r.skillMatchPercentage,
                        r.matchingSkills, r.missingSkills, r.extraSkills, r.industryAlignment, r.experienceComparison,
                        r.narrative, r.narrativeSource, r.llmScore))
                .toList();
    }

    @GET
    @Path("/optimizations")
    public List<StoredOptimization> optimizations() {
        return ResumeOptimizationRecord.latestOf(caller.userId(), PAGE).stream().map(StoredOptimization::of).toList();
    }

    @GET
    @Path("/optimizations/{id}")
    public StoredOptimization optimization(@PathParam("id") UUID id) {
        return StoredOptimization.of(owned(id));
    }

    /** Records that the person accepted or rejected one suggestion (optimization_history). */
    @POST
    @Path("/optimizations/{id}/decisions")
    @Transactional
    public HistoryEvent decide(@PathParam("id") UUID id, @Valid @NotNull Decision decision) {
        ResumeOptimizationRecord optimization = owned(id);
        OptimizationSuggestion suggestion = optimization.suggestions.stream()
                .filter(s -> s.id().equals(decision.suggestionId())).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("suggestionId", "is not a suggestion of this optimization"));
        OptimizationHistoryEntry entry = new OptimizationHistoryEntry();
        entry.optimizationId = optimization.id;
        entry.userId = optimization.userId;
        entry.event = decision.accepted() ? "ACCEPTED" : "REJECTED";
        entry.suggestionId = suggestion.id();
        entry.suggestionType = suggestion.type();
        entry.persist();
        entry.flush();
        return HistoryEvent.of(entry);
    }

    @GET
    @Path("/optimization-history")
    public List<HistoryEvent> history() {
        return OptimizationHistoryEntry.latestOf(caller.userId(), PAGE).stream().map(HistoryEvent::of).toList();
    }

    @GET
    @Path("/preferences")
    public Preferences preferences() {
        return Preferences.of(caller.userId());
    }

    @PUT
    @Path("/preferences")
    @Transactional
    public Preferences updatePreferences(@Valid @NotNull PreferencesUpdate update) {
        for (String type : update.enabledTypes()) {
            if (!Preferences.ALL_TYPES.contains(type)) {
                throw ProblemException.invalidField("enabledTypes", "must contain only " + Preferences.ALL_TYPES);
            }
        }
        if (new HashSet<>(update.enabledTypes()).size() != update.enabledTypes().size()) {
            throw ProblemException.invalidField("enabledTypes", "must not repeat a type");
        }
        UUID userId = caller.userId();
        OptimizationPreferences stored = OptimizationPreferences.findById(userId);
        if (stored == null) {
            stored = new OptimizationPreferences();
            stored.userId = userId;
        }
        stored.maxSuggestions = update.maxSuggestions();
        stored.enabledTypes = List.copyOf(update.enabledTypes());
        stored.preferredSectionOrder = update.preferredSectionOrder() == null ? List.of() : List.copyOf(update.preferredSectionOrder());
        stored.allowLlm = update.allowLlm();
        stored.persist();
        return new Preferences(stored.maxSuggestions, stored.enabledTypes, stored.preferredSectionOrder, stored.allowLlm);
    }

    private ResumeOptimizationRecord owned(UUID id) {
        ResumeOptimizationRecord record = ResumeOptimizationRecord.findById(id);
        if (record == null) {
            throw ProblemException.notFound("Optimization");
        }
        caller.requireAccess(record.userId, "Optimization");
        return record;
    }
}
