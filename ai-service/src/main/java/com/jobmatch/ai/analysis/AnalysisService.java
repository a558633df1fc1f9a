package com.jobmatch.ai.analysis;

import static com.jobmatch.contract.api.SkillExtractionRequest.SKILLS;

import com.jobmatch.ai.analysis.JobMatchAnalyzer.Facts;
import com.jobmatch.ai.analysis.JobMatchNarrator.Narrative;
import com.jobmatch.ai.embeddings.ContentHash;
import com.jobmatch.ai.optimization.OptimizationService;
import com.jobmatch.ai.skills.EmployerNames;
import com.jobmatch.ai.skills.SkillExtractor;
import com.jobmatch.ai.skills.TaxonomyCache;
import com.jobmatch.ai.skills.TaxonomyIndex;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.JobMatchAnalysisRequest;
import com.jobmatch.contract.api.ResumeAnalysis;
import com.jobmatch.contract.api.ResumeAnalysisRequest;
import com.jobmatch.contract.api.SkillExtractionBatchResponse;
import com.jobmatch.contract.api.SkillExtractionResponse;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.TaxonomySkill;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The analyses other services ask for: skills, resume analysis, job-match analysis (suggestions to improve a resume
 * are {@link OptimizationService}'s). Each result is stored for the person it is about, in a short transaction of its
 * own after the (possibly slow) model work.
 */
@ApplicationScoped
public class AnalysisService {

    private final TaxonomyCache taxonomy;
    private final SkillExtractor extractor;
    private final ResumeAnalyzer resumeAnalyzer;
    private final JobMatchAnalyzer jobMatchAnalyzer;
    private final JobMatchNarrator narrator;
    private final AnalysisStore analyses;
    private final OptimizationService optimizations;

    public AnalysisService(TaxonomyCache taxonomy, SkillExtractor extractor, ResumeAnalyzer resumeAnalyzer,
                           JobMatchAnalyzer jobMatchAnalyzer, JobMatchNarrator narrator, AnalysisStore analyses,
                           OptimizationService optimizations) {
        this.taxonomy = taxonomy;
        this.extractor = extractor;
        this.resumeAnalyzer = resumeAnalyzer;
        this.jobMatchAnalyzer = jobMatchAnalyzer;
        this.narrator = narrator;
        this.analyses = analyses;
        this.optimizations = optimizations;
    }

    /**
     * {@code kind} is RESUME, JOB or SKILLS (checked by the caller); a skill named inside one of the {@code employers}'
     * names is the name's ({@link EmployerNames}).
     */
    public SkillExtractionResponse extractSkills(String text, String kind, List<String> employers) {
        TaxonomyIndex index = taxonomy.current();
        List<ExtractedSkill> skills = EmployerNames.outside(SKILLS.equals(kind)
                ? extractor.readLists(List.of(text), index).getFirst() : extractor.extract(text, index), text, employers);
        storeSkillAnalysis(null, kind, text, skills, index.version());
        return new SkillExtractionResponse(skills, index.version(), index.semanticComplete());
    }

    /**
     * Skills of several texts ({@code kinds}: RESUME, JOB or SKILLS each, checked by the caller), read together so that their
     * phrases are embedded in one model call; each text's analysis is stored as one extraction's would be. {@code
     * employers}: each text's, as {@link #extractSkills} takes them.
     */
    public SkillExtractionBatchResponse extractSkillsAll(List<String> texts, List<String> kinds, List<List<String>> employers) {
        TaxonomyIndex index = taxonomy.current();
        List<Integer> lists = IntStream.range(0, texts.size()).filter(i -> SKILLS.equals(kinds.get(i))).boxed().toList();
        List<Integer> prose = IntStream.range(0, texts.size()).filter(i -> !SKILLS.equals(kinds.get(i))).boxed().toList();
        List<List<ExtractedSkill>> skills = new ArrayList<>(Collections.nCopies(texts.size(), List.of()));
        List<List<ExtractedSkill>> read = extractor.extractAll(prose.stream().map(texts::get).toList(), index);
        List<List<ExtractedSkill>> listed = extractor.readLists(lists.stream().map(texts::get).toList(), index);
        for (int i = 0; i < prose.size(); i++) {
            skills.set(prose.get(i), read.get(i));
        }
        for (int i = 0; i < lists.size(); i++) {
            skills.set(lists.get(i), listed.get(i));
        }
        for (int i = 0; i < texts.size(); i++) {
            skills.set(i, EmployerNames.outside(skills.get(i), texts.get(i), employers.get(i)));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < texts.size(); i++) {
                analyses.saveSkillAnalysis(null, kinds.get(i), ContentHash.of(texts.get(i)), skills.get(i), index.version());
            }
        });
        return new SkillExtractionBatchResponse(skills.stream()
                .map(found -> new SkillExtractionResponse(found, index.version(), index.semanticComplete())).toList());
    }

    public ResumeAnalysis analyzeResume(ResumeAnalysisRequest request) {
        UUID userId = requireUser(request.candidate());
        String text = request.text() != null ? request.text() : request.candidate().text();
        ResumeAnalyzer.Result result = resumeAnalyzer.analyze(request.candidate(), text);
        Optional<TaxonomyIndex> index = text == null || text.isBlank() ? Optional.empty() : taxonomy.available();
        // EmployerNames skips a missing or blank company itself; a profile's experience is never null.
        List<String> employers = request.candidate().experience().stream().map(ExperienceEntry::company).toList();
        List<ExtractedSkill> skills = index.map(loaded -> EmployerNames.outside(extractor.extract(text, loaded), text, employers))
                .orElse(List.of());
        UUID id = QuarkusTransaction.requiringNew().call(() -> analyses.saveResumeAnalysis(userId,
                request.candidate().resumeId(), request.candidate().resumeVersion(), result));
        if (index.isPresent()) {
            storeSkillAnalysis(userId, "RESUME", text, skills, index.get().version());
        }
        return new ResumeAnalysis(id, result.overallScore(), result.atsScore(), result.sectionsPresent(),
                result.sectionsMissing(), result.findings());
    }

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
        boolean llmAllowed = optimizations.preferencesOf(userId).allowLlm();
        Narrative narrative = narrator.narrate(userId, request.candidate().name(), request.job().title(), facts,
                llmAllowed, knownSkills);
        UUID id = QuarkusTransaction.requiringNew().call(() -> analyses.saveJobMatchAnalysis(userId,
                request.candidate().resumeId(), request.job().jobId(), facts, narrative));
        return new JobMatchAnalysis(id, facts.requiredMatched(), facts.requiredTotal(), facts.skillMatchPercentage(),
                facts.matchingSkills(), facts.missingSkills(), facts.extraSkills(), facts.industryAlignment(),
                facts.experienceComparison(), narrative.text(), narrative.source(), narrative.llmScore());
    }

    private void storeSkillAnalysis(UUID userId, String kind, String text, List<ExtractedSkill> skills, String version) {
        QuarkusTransaction.requiringNew().run(() -> analyses.saveSkillAnalysis(userId, kind, ContentHash.of(text), skills,
                version));
    }

    /** The person a request is about: its candidate's user id, which is required. */
    public static UUID requireUser(CandidateProfile candidate) {
        if (candidate.userId() == null) {
            throw ProblemException.invalidField("candidate.userId", "must not be null");
        }
        return candidate.userId();
    }
}
