package com.jobmatch.ai.analysis;

import com.jobmatch.ai.analysis.JobMatchAnalyzer.Facts;
import com.jobmatch.ai.analysis.JobMatchNarrator.Narrative;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.api.ResumeAnalysis;
import com.jobmatch.contract.model.ExtractedSkill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The analyses ai-service keeps (content_analyses, job_match_analyses, skill_analyses): all their queries and writes.
 * The callers (AnalysisService, PersonalHistory) own the transactions; MANDATORY makes a forgotten one fail loudly.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AnalysisStore {

    /** A person's lists are paged newest first; the id breaks ties between rows of the same instant. */
    private static final String NEWEST_FIRST = "userId = ?1 order by createdAt desc, id";

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

    public Page<ResumeAnalysis> resumeAnalyses(UUID userId, int page, int size) {
        List<ContentAnalysisRecord> records = ContentAnalysisRecord.<ContentAnalysisRecord>find(NEWEST_FIRST, userId)
                .page(page, size).list();
        return new Page<>(records.stream()
                .map(r -> new ResumeAnalysis(r.id, r.overallScore, r.atsScore, r.sectionsPresent, r.sectionsMissing,
                        r.findings))
                .toList(), page, size, ContentAnalysisRecord.count("userId", userId));
    }

    public Page<JobMatchAnalysis> jobMatchAnalyses(UUID userId, int page, int size) {
        List<JobMatchAnalysisRecord> records = JobMatchAnalysisRecord.<JobMatchAnalysisRecord>find(NEWEST_FIRST, userId)
                .page(page, size).list();
        return new Page<>(records.stream()
                .map(r -> new JobMatchAnalysis(r.id, r.requiredMatched, r.requiredTotal, r.skillMatchPercentage,
                        r.matchingSkills, r.missingSkills, r.extraSkills, r.industryAlignment, r.experienceComparison,
                        r.narrative, r.narrativeSource, r.llmScore))
                .toList(), page, size, JobMatchAnalysisRecord.count("userId", userId));
    }
}
