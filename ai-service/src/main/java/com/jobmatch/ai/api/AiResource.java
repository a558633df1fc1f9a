package com.jobmatch.ai.api;

import com.jobmatch.ai.domain.EmbeddingService;
import com.jobmatch.ai.domain.JobMatchAnalyzer;
import com.jobmatch.ai.domain.JobMatchAnalyzer.Facts;
import com.jobmatch.ai.domain.JobMatchNarrator;
import com.jobmatch.ai.domain.JobMatchNarrator.Narrative;
import com.jobmatch.ai.domain.LlmBulletRewriter;
import com.jobmatch.ai.domain.Preferences;
import com.jobmatch.ai.domain.ResumeAnalyzer;
import com.jobmatch.ai.domain.ResumeOptimizer;
import com.jobmatch.ai.domain.ContentHash;
import com.jobmatch.ai.domain.SkillExtractor;
import com.jobmatch.ai.domain.TaxonomyCache;
import com.jobmatch.ai.domain.TaxonomyIndex;
import com.jobmatch.ai.store.ContentAnalysisRecord;
import com.jobmatch.ai.store.JobMatchAnalysisRecord;
import com.jobmatch.ai.store.OptimizationHistoryEntry;
import com.jobmatch.ai.store.OptimizationTemplate;
import com.jobmatch.ai.store.ResumeOptimizationRecord;
import com.jobmatch.ai.store.SkillAnalysisRecord;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.AiApi;
import com.jobmatch.contract.api.EmbeddingRequest;
import com.jobmatch.contract.api.EmbeddingResponse;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.JobMatchAnalysisRequest;
import com.jobmatch.contract.api.OptimizationRequest;
import com.jobmatch.contract.api.OptimizationResponse;
import com.jobmatch.contract.api.ResumeAnalysis;
import com.jobmatch.contract.api.ResumeAnalysisRequest;
import com.jobmatch.contract.api.SkillExtractionRequest;
import com.jobmatch.contract.api.SingleEmbeddingRequest;
import com.jobmatch.contract.api.SingleEmbeddingResponse;
import com.jobmatch.contract.api.SkillExtractionResponse;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.TaxonomySkill;
import io.quarkus.narayana.jta.QuarkusTransaction;
import com.jobmatch.ai.config.AiConfig;
import com.jobmatch.common.ratelimit.RateLimited;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The endpoints other services call (service tokens only). Analyses are stored for the person they are about. */
@RolesAllowed(Roles.SERVICE)
public class AiResource implements AiApi {

    private static final Set<String> TEXT_KINDS = Set.of("RESUME", "JOB");

    private final EmbeddingService embeddings;
    private final TaxonomyCache taxonomy;
    private final SkillExtractor extractor;
    private final ResumeAnalyzer resumeAnalyzer;
    private final JobMatchAnalyzer jobMatchAnalyzer;
    private final JobMatchNarrator narrator;
    private final ResumeOptimizer optimizer;
    private final LlmBulletRewriter rewriter;
    private final int maxEmbeddingBatch;

    public AiResource(EmbeddingService embeddings, TaxonomyCache taxonomy, SkillExtractor extractor,
                      ResumeAnalyzer resumeAnalyzer, JobMatchAnalyzer jobMatchAnalyzer, JobMatchNarrator narrator,
                      ResumeOptimizer optimizer, LlmBulletRewriter rewriter, AiConfig config) {
        this.maxEmbeddingBatch = config.embedding().maxBatchSize();
        this.embeddings = embeddings;
        this.taxonomy = taxonomy;
        this.extractor = extractor;
        this.resumeAnalyzer = resumeAnalyzer;
        this.jobMatchAnalyzer = jobMatchAnalyzer;
        this.narrator = narrator;
        this.optimizer = optimizer;
        this.rewriter = rewriter;
    }

    @Override
    @RateLimited("embedding-batches")
    public EmbeddingResponse embed(EmbeddingRequest request) {
        if (request.texts().size() > maxEmbeddingBatch) {
            throw ProblemException.invalidField("texts", "must hold at most " + maxEmbeddingBatch + " texts per batch");
        }
        for (int i = 0; i < request.texts().size(); i++) {
            if (request.texts().get(i) == null || request.texts().get(i).isBlank()) {
                throw ProblemException.invalidField("texts[" + i + "]", "must not be blank");
            }
            if (request.texts().get(i).length() > 100_000) {
                throw ProblemException.invalidField("texts[" + i + "]", "must be at most 100000 characters");
            }
        }
        if (request.sourceIds() != null && request.sourceIds().size() != request.texts().size()) {
            throw ProblemException.invalidField("sourceIds", "must have one entry per text");
        }
        if (request.sourceIds() != null && request.sourceType() == null) {
            throw ProblemException.invalidField("sourceType", "is required when sourceIds are given");
        }
        List<float[]> vectors = embeddings.embed(request.texts(), request.sourceType(), request.sourceIds());
        return new EmbeddingResponse(embeddings.modelName(), embeddings.dimension(), vectors);
    }

    @Override
    public SingleEmbeddingResponse embedOne(SingleEmbeddingRequest request) {
        if (request.sourceId() != null && request.sourceType() == null) {
            throw ProblemException.invalidField("sourceType", "is required when sourceId is given");
        }
        List<float[]> vectors = embeddings.embed(List.of(request.text()), request.sourceType(),
                request.sourceId() == null ? null : List.of(request.sourceId()));
        return new SingleEmbeddingResponse(embeddings.modelName(), embeddings.dimension(), vectors.getFirst());
    }

    @Override
    public SkillExtractionResponse extractSkills(SkillExtractionRequest request) {
        String kind = request.kind() == null ? "RESUME" : request.kind();
        if (!TEXT_KINDS.contains(kind)) {
            throw ProblemException.invalidField("kind", "must be RESUME or JOB");
        }
        TaxonomyIndex index = taxonomy.current();
        List<ExtractedSkill> skills = extractor.extract(request.text(), index);
        storeSkillAnalysis(null, kind, request.text(), skills, index.version());
        return new SkillExtractionResponse(skills, index.version());
    }

    @Override
    public ResumeAnalysis analyzeResume(ResumeAnalysisRequest request) {
        UUID userId = requireUser(request.candidate());
        String text = request.text() != null ? request.text() : request.candidate().text();
        ResumeAnalyzer.Result result = resumeAnalyzer.analyze(request.candidate(), text);
        Optional<TaxonomyIndex> index = text == null || text.isBlank() ? Optional.empty() : taxonomy.available();
        List<ExtractedSkill> skills = index.map(loaded -> extractor.extract(text, loaded)).orElse(List.of());
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            ContentAnalysisRecord record = new ContentAnalysisRecord();
            record.userId = userId;
            record.resumeId = request.candidate().resumeId();
            record.resumeVersion = request.candidate().resumeVersion();
            record.overallScore = result.overallScore();
            record.atsScore = result.atsScore();
            record.wordCount = result.wordCount();
            record.sectionsPresent = result.sectionsPresent();
            record.sectionsMissing = result.sectionsMissing();
            record.findings = result.findings();
            record.persist();
            return record.id;
        });
        if (index.isPresent()) {
            storeSkillAnalysis(userId, "RESUME", text, skills, index.get().version());
        }
        return new ResumeAnalysis(id, result.overallScore(), result.atsScore(), result.sectionsPresent(),
                result.sectionsMissing(), result.findings());
    }

    @Override
    public JobMatchAnalysis analyzeJobMatch(JobMatchAnalysisRequest request) {
        UUID userId = requireUser(request.candidate());
        Facts facts = jobMatchAnalyzer.analyze(request.candidate(), request.job(), request.match());
        Set<String> knownSkills = new HashSet<>(taxonomy.available()
                .map(index -> index.skills().stream().map(TaxonomySkill::name).collect(Collectors.toSet()))
                .orElse(Set.of()));
        request.job().requiredSkills().forEach(skill -> knownSkills.add(skill.name()));
        request.job().preferredSkills().forEach(skill -> knownSkills.add(skill.name()));
        request.candidate().skills().forEach(skill -> knownSkills.add(skill.name()));
        knownSkills.remove(null);
        boolean llmAllowed = QuarkusTransaction.requiringNew().call(() -> Preferences.of(userId).allowLlm());
        Narrative narrative = narrator.narrate(userId, request.candidate().name(), request.job().title(), facts,
                llmAllowed, knownSkills);
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            JobMatchAnalysisRecord record = new JobMatchAnalysisRecord();
            record.userId = userId;
            record.resumeId = request.candidate().resumeId();
            record.jobId = request.job().jobId();
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
        });
        return new JobMatchAnalysis(id, facts.requiredMatched(), facts.requiredTotal(), facts.skillMatchPercentage(),
                facts.matchingSkills(), facts.missingSkills(), facts.extraSkills(), facts.industryAlignment(),
                facts.experienceComparison(), narrative.text(), narrative.source(), narrative.llmScore());
    }

    @Override
    public OptimizationResponse optimize(OptimizationRequest request) {
        UUID userId = requireUser(request.candidate());
        if (request.resumeText() != null && request.resumeText().length() > 200_000) {
            throw ProblemException.invalidField("resumeText", "must be at most 200000 characters");
        }
        Preferences preferences = QuarkusTransaction.requiringNew().call(() -> Preferences.of(userId));
        ResumeOptimizer.Templates templates = QuarkusTransaction.requiringNew().call(() -> new ResumeOptimizer.Templates(
                OptimizationTemplate.activeTemplates().stream()
                        .collect(Collectors.toMap(t -> t.suggestionType, t -> t.whyTemplate, (a, b) -> a))));
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
        return QuarkusTransaction.requiringNew().call(() -> {
            ResumeOptimizationRecord record = new ResumeOptimizationRecord();
            record.userId = userId;
            record.resumeId = request.candidate().resumeId();
            record.jobId = request.job().jobId();
            record.source = result.usedLlm() ? JobMatchNarrator.LLM : JobMatchNarrator.DETERMINISTIC;
            record.suggestions = new ArrayList<>(result.suggestions());
            record.rejectedSuggestions = result.rejected();
            record.persist();
            OptimizationHistoryEntry generated = new OptimizationHistoryEntry();
            generated.optimizationId = record.id;
            generated.userId = userId;
            generated.event = "GENERATED";
            generated.persist();
            return new OptimizationResponse(record.id, result.suggestions(), record.source);
        });
    }

    private void storeSkillAnalysis(UUID userId, String kind, String text, List<ExtractedSkill> skills, String version) {
        QuarkusTransaction.requiringNew().run(() -> {
            SkillAnalysisRecord record = new SkillAnalysisRecord();
            record.userId = userId;
            record.textKind = kind;
            record.contentHash = ContentHash.of(text);
            record.skills = skills;
            record.skillCount = skills.size();
            record.taxonomyVersion = version;
            record.persist();
        });
    }

    private static UUID requireUser(CandidateProfile candidate) {
        if (candidate.userId() == null) {
            throw ProblemException.invalidField("candidate.userId", "must not be null");
        }
        return candidate.userId();
    }
}
