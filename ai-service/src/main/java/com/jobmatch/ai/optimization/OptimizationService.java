package com.jobmatch.ai.optimization;

import com.jobmatch.ai.analysis.AnalysisService;
import com.jobmatch.ai.analysis.JobMatchNarrator;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.OptimizationRequest;
import com.jobmatch.contract.api.OptimizationResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.UUID;

/**
 * Suggestions that would improve a resume for a job: the deterministic {@link ResumeOptimizer} within the person's
 * preferences, then the LLM rewriter when they allow it and one is configured. The result is stored for the person in
 * a short transaction of its own after the (possibly slow) model work.
 */
@ApplicationScoped
public class OptimizationService {

    private final ResumeOptimizer optimizer;
    private final LlmBulletRewriter rewriter;
    private final OptimizationStore optimizations;

    public OptimizationService(ResumeOptimizer optimizer, LlmBulletRewriter rewriter, OptimizationStore optimizations) {
        this.optimizer = optimizer;
        this.rewriter = rewriter;
        this.optimizations = optimizations;
    }

    public OptimizationResponse optimize(OptimizationRequest request) {
        UUID userId = AnalysisService.requireUser(request.candidate());
        if (request.resumeText() != null && request.resumeText().length() > 200_000) {
            throw ProblemException.invalidField("resumeText", "must be at most 200000 characters");
        }
        Preferences preferences = preferencesOf(userId);
        ResumeOptimizer.Templates templates = QuarkusTransaction.requiringNew().call(optimizations::activeTemplates);
        ResumeOptimizer.Outcome outcome = optimizer.suggest(request.candidate(), request.resumeText(), request.job(),
                templates, new HashSet<>(preferences.enabledTypes()), preferences.preferredSectionOrder(),
                preferences.maxSuggestions());
        if (preferences.allowLlm() && rewriter.available()) {
            String source = ResumeOptimizer.sourceOf(request.candidate(),
                    ResumeOptimizer.resumeTextOf(request.candidate(), request.resumeText()), request.job());
            outcome = rewriter.improve(userId, request.candidate().name(), outcome, source,
                    ResumeOptimizer.skillNames(request.job()));
        }
        ResumeOptimizer.Outcome result = outcome;
        String source = result.usedLlm() ? JobMatchNarrator.LLM : JobMatchNarrator.DETERMINISTIC;
        UUID id = QuarkusTransaction.requiringNew().call(() -> optimizations.saveOptimization(userId,
                request.candidate().resumeId(), request.job().jobId(), source, result));
        return new OptimizationResponse(id, result.suggestions(), source);
    }

    /** A person's optimization preferences, or the defaults. */
    public Preferences preferencesOf(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> optimizations.preferences(userId).orElseGet(Preferences::defaults));
    }
}
