package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.Certification;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.Improvement;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.KnockOut;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillMatch;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.contract.model.SubScores;
import com.jobmatch.contract.model.Weights;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Terms;
import com.jobmatch.matching.knowledge.WilsonInterval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CAMSS scoring of one resume against one job: six criteria weighted by the job's collar weights (a criterion
 * without data counts at a neutral prior and lowers confidence), the semantic similarity blended in, knock-outs reported apart, and what would raise the score found by scoring
 * again with the missing skill, certification, degree or months of experience added. Pure and deterministic:
 * the same inputs always give the same result.
 */
public final class MatchScorer {

    /** Each empty core section of the resume (skills, experience, education) leaves us this much less sure. */
    static final double EMPTY_SECTION_CONFIDENCE = 0.85;
    static final double NOT_ENRICHED_CONFIDENCE = 0.9;
    /**
     * What a criterion counts when the job states nothing for it or the resume has nothing to compare: a neutral
     * prior, below a known match (100 for a requirement met) and above a known miss. Counting it as met rewarded
     * postings that state nothing (a job titled "b" ranked second for a nurse); leaving it out re-weighted the other
     * criteria, so that whether data happened to be there, not the fit, moved the score. With the prior, a posting
     * that states almost nothing sits mid-scale and never outranks a well-described good fit; confidence says how
     * much of the score rests on known data.
     */
    static final double UNKNOWN_PRIOR = 50;

    private final MatchingKnowledge knowledge;
    private final ScoringPolicy policy;
    private final SkillMatcher skills;
    private final QualificationCriterion qualification;
    private final ExperienceCriterion experience;
    private final CategoryCriterion category;

    public MatchScorer(MatchingKnowledge knowledge, ScoringPolicy policy) {
        this.knowledge = knowledge;
        this.policy = policy;
        this.skills = new SkillMatcher(knowledge);
        this.qualification = new QualificationCriterion(knowledge);
        this.experience = new ExperienceCriterion(knowledge);
        this.category = new CategoryCriterion(knowledge, Occupations.shipped());
    }

    /** Whether this scorer scores with the given knowledge snapshot and policy. */
    public boolean uses(MatchingKnowledge knowledge, ScoringPolicy policy) {
        return this.knowledge == knowledge && this.policy.equals(policy);
    }

    public MatchResult score(ScoringInput input, Weights weights) {
        MatchResult graded = grade(input, weights);
        return withImprovements(graded, improvements(input, weights, graded.overallScore()));
    }

    /** The score without counterfactuals: what ranking needs, and what each counterfactual is compared with. */
    public MatchResult grade(ScoringInput input, Weights weights) {
        CandidateProfile candidate = input.candidate();
        JobProfile job = input.job();
        SkillAssessment skillFit = skills.assess(candidate, job);
        PostingOccupation occupation = input.occupation();
        Judgement qualificationFit = qualification.judge(candidate, job, occupation);
        Judgement experienceFit = experience.judge(candidate, job, occupation);
        Judgement categoryFit = category.judge(candidate, job, occupation, input.candidateEmbedding());
        Judgement locationFit = LocationCriterion.judge(places(input), job.location(), job.workArrangement(),
                input.preferences() != null && input.preferences().willingToRelocate());
        Double location = locationFit.score();
        Double personalization = input.personalization().score(job);
        Double semantic = input.semanticSimilarity() == null ? null : policy.semanticScore(input.semanticSimilarity());
        double skillsRead = skillsRead(job);
        Double skillsScore = skillsScore(skillFit, skillsRead);
        SubScores sub = new SubScores(round(qualificationFit.score()), round(experienceFit.score()),
                round(skillsScore), round(location), round(categoryFit.score()), round(personalization),
                round(semantic));

        double[] weight = {weights.qualification(), weights.experience(), weights.skills(), weights.location(),
                weights.category(), weights.personalization()};
        Double[] score = {sub.qualification(), sub.experience(), sub.skills(), sub.location(), sub.category(),
                sub.personalization()};
        double[] basis = {qualificationFit.basis().knowledge, experienceFit.basis().knowledge, skillsRead, 1,
                categoryFit.basis().knowledge, 1};
        double weighted = 0;
        double counted = 0;
        double known = 0;
        for (int i = 0; i < weight.length; i++) {
            weighted += weight[i] * (score[i] == null ? UNKNOWN_PRIOR : score[i]);
            counted += weight[i];
            known += score[i] == null ? 0 : basis[i] * weight[i];
        }
        Double structured = counted == 0 ? null : weighted / counted;
        double overall = blend(structured, sub.semantic());

        List<KnockOut> knockOuts = new ArrayList<>(qualificationFit.knockOuts());
        knockOuts.addAll(experienceFit.knockOuts());
        if (Boolean.FALSE.equals(job.visaSponsorship()) && input.preferences() != null
                && input.preferences().needsVisaSponsorship()) {
            knockOuts.add(new KnockOut("VISA", "no visa sponsorship", "the candidate needs sponsorship"));
        }
        List<String> reasons = reasons(input.candidate(), job, skillFit, skillsRead, skillsScore, qualificationFit,
                experienceFit, categoryFit, locationFit);
        double totalWeight = weights.sum();
        double confidence = (totalWeight == 0 ? 0 : known / totalWeight) * sectionConfidence(candidate);
        return new MatchResult(job.jobId(), candidate.resumeId(), candidate.userId(), round(overall), sub, weights,
                job.collarType(), knockOuts, skillFit.matched(), skillFit.missingRequired(),
                skillFit.missingPreferred(), skillFit.extra(), reasons, List.of(), round2(confidence),
                round(PreferenceFit.score(input.preferences(), job)), semantic != null);
    }


    /** Skills a reason names: the first few, and how many more. */
    static final int NAMED_IN_A_REASON = 5;

    private static String named(List<String> skills) {
        String first = String.join(", ", skills.subList(0, Math.min(NAMED_IN_A_REASON, skills.size())));
        return skills.size() <= NAMED_IN_A_REASON ? first : first + " and " + (skills.size() - NAMED_IN_A_REASON) + " more";
    }

    /**
     * The share of the job's skills the resume shows, moved toward neutral as far as the posting's listed skills went
     * unread ({@link #skillsRead}), then taken at what the number of skills asked can vouch for: the lower end of its
     * 95 % Wilson interval ({@link WilsonInterval}). One skill of one shown says less about a fit than ten of ten: a
     * posting read for few skills (a short or vague text, or one whose skills the taxonomy mostly misses) had whole
     * shares on little evidence. Through the API on the fit pairs the skills sub-score ordered Good against No Fit at
     * AUC 0.643 as a share and 0.653 at its lower bound (recomputed offline from one run's answers, 0.644 and 0.656,
     * alike in each half of the resumes; bench/README.md "Runs of session 29").
     */
    static Double skillsScore(SkillAssessment skillFit, double skillsRead) {
        if (skillFit.shown() == null) {
            return null;
        }
        double share = Judgement.weighed(skillFit.shown(), skillsRead) / 100;
        return 100 * WilsonInterval.lowerBound(share, skillFit.asked());
    }

    /**
     * The share of the skills the posting asks for that the taxonomy reads: its read requirements against those plus
     * the skills it lists that no taxonomy skill reads ({@link JobProfile#unreadSkills}). A posting of five listed
     * skills of which one was read is not met in full by that one: the skills score moves from the neutral prior only
     * that far, as a requirement only assumed does ({@link Judgement#weighed}).
     */
    static double skillsRead(JobProfile job) {
        int read = job.requiredSkills().size() + job.preferredSkills().size();
        int unread = job.unreadSkills().size();
        return read + unread == 0 ? 1 : (double) read / (read + unread);
    }

    private double blend(Double structured, Double semantic) {
        if (structured == null) {
            return semantic == null ? 0 : semantic;
        }
        return semantic == null ? structured : (1 - policy.semanticShare()) * structured + policy.semanticShare() * semantic;
    }

    private static List<PreferredLocation> places(ScoringInput input) {
        Integer radius = input.preferences() == null ? null : input.preferences().locations().stream()
                .map(PreferredLocation::radiusKm).filter(r -> r != null).findFirst().orElse(null);
        List<PreferredLocation> places = new ArrayList<>();
        input.candidate().locations().forEach(home -> places.add(new PreferredLocation(home, radius)));
        if (input.preferences() != null) {
            places.addAll(input.preferences().locations());
        }
        return places;
    }

    private static double sectionConfidence(CandidateProfile candidate) {
        double confidence = 1;
        for (boolean empty : new boolean[] {candidate.skills().isEmpty(), candidate.experience().isEmpty(),
                candidate.education().isEmpty()}) {
            confidence *= empty ? EMPTY_SECTION_CONFIDENCE : 1;
        }
        return candidate.enriched() ? confidence : confidence * NOT_ENRICHED_CONFIDENCE;
    }

    /**
     * "Has N of M required skills" counts direct evidence only (the skill or its synonym); a related skill is named
     * apart with what it stands in for, so a reader never takes "PostgreSQL, related to MySQL" for MySQL.
     */
    private static List<String> reasons(CandidateProfile candidate, JobProfile job, SkillAssessment skillFit,
                                        double skillsRead, Double skillsScore, Judgement... judgements) {
        List<String> reasons = new ArrayList<>();
        int required = (int) skillFit.matched().stream().filter(m -> m.required() && m.direct()).count();
        int requiredTotal = (int) skillFit.matched().stream().filter(SkillMatch::required).count()
                + skillFit.missingRequired().size();
        if (requiredTotal > 0) {
            reasons.add("Has " + required + " of " + requiredTotal + " required skills");
        }
        if (skillsScore != null) {
            reasons.add(skillsShareReason(skillFit, skillsRead, skillsScore));
        }
        if (!job.unreadSkills().isEmpty() && skillsScore != null) {
            reasons.add(String.format(Locale.ROOT, "The posting also lists %s, which no skill of our taxonomy reads: "
                    + "they count as half met, so the skills score moves only %.0f%% of the way from the middle",
                    named(job.unreadSkills()), 100 * skillsRead));
        }
        List<String> related = skillFit.matched().stream().filter(m -> !m.direct())
                .map(m -> candidateSkillName(candidate, m) + ", related to " + m.name()).toList();
        if (!related.isEmpty()) {
            reasons.add("Related skills, partly credited: " + String.join("; ", related));
        }
        for (Judgement judgement : judgements) {
            reasons.addAll(judgement.reasons());
        }
        return reasons;
    }

    /**
     * What the skills score counts, in words a job seeker reads: "Skills score 27 of 100: the resume shows 71% of the 4
     * skills the job asks for (by importance); judged on 4 skills, the score is the share we can be 95% sure of". It
     * says why five of six required skills can score 39: a share seen in few skills is counted at its lower bound.
     */
    private static String skillsShareReason(SkillAssessment skillFit, double skillsRead, double skillsScore) {
        int asked = skillFit.asked();
        String skills = asked == 1 ? "1 skill" : asked + " skills";
        String unread = skillsRead < 1 ? String.format(Locale.ROOT,
                "; %.0f%% when the listed skills we cannot read count as half met",
                Judgement.weighed(skillFit.shown(), skillsRead)) : "";
        return String.format(Locale.ROOT, "Skills score %.0f of 100: the resume shows %.0f%% of the %s the job asks for "
                + "(by importance%s); judged on %s, the score is the share we can be 95%% sure of", skillsScore,
                skillFit.shown(), skills, unread, skills);
    }

    /**
     * The related skill's name, or, when the evidence only comes near the skill asked for itself (a lent label, an
     * embedding link), the words the resume wrote: "'system integration' in the resume, related to ICT system
     * integration", never "ICT system integration, related to ICT system integration".
     */
    private static String candidateSkillName(CandidateProfile candidate, SkillMatch match) {
        if (match.candidateSkillId() != null && match.candidateSkillId().equals(match.skillId())
                && match.evidence() != null && match.evidence().text() != null) {
            return "'" + match.evidence().text().strip() + "' in the resume";
        }
        return candidate.skills().stream().filter(skill -> SkillMatcher.idOf(skill).equals(match.candidateSkillId()))
                .map(Skill::name).findFirst().orElse(match.candidateSkillId());
    }

    private List<Improvement> improvements(ScoringInput input, Weights weights, double baseline) {
        CandidateProfile candidate = input.candidate();
        List<Improvement> found = new ArrayList<>();
        SkillAssessment skillFit = skills.assess(candidate, input.job());
        Stream<SkillRequirement> nearOnly = Stream.concat(input.job().requiredSkills().stream(),
                input.job().preferredSkills().stream()).filter(wanted -> skillFit.matched().stream().anyMatch(
                m -> "SIMILAR".equals(m.matchType()) && Terms.sameTerm(m.name(), wanted.name())));
        Stream.concat(Stream.concat(skillFit.missingRequired().stream(), skillFit.missingPreferred().stream()),
                nearOnly).forEach(missing -> {
            CandidateProfile with = copyWith(candidate, append(candidate.skills(), asSkill(missing)),
                    candidate.experience(), candidate.totalExperienceMonths(), candidate.education(),
                    candidate.certifications());
            double gain = grade(input.withCandidate(with), weights).overallScore() - baseline;
            found.add(new Improvement("Evidence of %s would add %s".formatted(missing.name(), points(gain)),
                    missing.skillId(), round(gain)));
        });
        for (String certification : input.job().requiredCertifications()) {
            if (!QualificationCriterion.holds(candidate, certification)) {
                CandidateProfile with = copyWith(candidate, candidate.skills(), candidate.experience(),
                        candidate.totalExperienceMonths(), candidate.education(), append(candidate.certifications(),
                                new Certification(certification, null, null, null)));
                double gain = grade(input.withCandidate(with), weights).overallScore() - baseline;
                found.add(new Improvement("The %s certification would add %s".formatted(certification,
                        points(gain)), null, round(gain)));
            }
        }
        educationImprovement(input, weights, baseline).ifPresent(found::add);
        experienceImprovement(input, weights, baseline).ifPresent(found::add);
        return found.stream().filter(i -> i.points() >= policy.minImprovementPoints())
                .sorted(Comparator.comparingDouble(Improvement::points).reversed().thenComparing(Improvement::action))
                .limit(policy.maxImprovements()).toList();
    }

    /** The job's minimum degree, when the resume shows a lower one. */
    private Optional<Improvement> educationImprovement(ScoringInput input, Weights weights, double baseline) {
        CandidateProfile c = input.candidate();
        EducationLevel wanted = input.job().minimumEducation();
        boolean below = wanted != null && c.education().stream().map(EducationEntry::level).filter(Objects::nonNull)
                .max(Enum::compareTo).map(highest -> highest.compareTo(wanted) < 0).orElse(false);
        if (!below) {
            return Optional.empty();
        }
        CandidateProfile with = copyWith(c, c.skills(), c.experience(), c.totalExperienceMonths(),
                append(c.education(), new EducationEntry(null, null, wanted, null, null, null)), c.certifications());
        double gain = grade(input.withCandidate(with), weights).overallScore() - baseline;
        return Optional.of(new Improvement("%s would add %s".formatted(
                PlainWords.capitalised(PlainWords.education(wanted)), points(gain)), null, round(gain)));
    }

    /** The months of relevant experience the job's minimum asks beyond what the resume shows. */
    private Optional<Improvement> experienceImprovement(ScoringInput input, Weights weights, double baseline) {
        CandidateProfile c = input.candidate();
        JobProfile job = input.job();
        Integer minimum = job.experience() == null ? null : job.experience().minMonths();
        if (minimum == null || (c.experience().isEmpty() && c.totalExperienceMonths() == null)) {
            return Optional.empty();
        }
        int shortfall = (int) Math.ceil(minimum - experience.relevantMonths(c, job, input.occupation()));
        if (shortfall <= 0) {
            return Optional.empty();
        }
        List<String> jobSkills = job.requiredSkills().stream().map(SkillRequirement::skillId).filter(Objects::nonNull).toList();
        ExperienceEntry more = new ExperienceEntry(job.title(), null, null, null, null, null, false, shortfall, null, jobSkills);
        CandidateProfile with = copyWith(c, c.skills(), c.experience().isEmpty() ? List.of() : append(c.experience(), more),
                c.totalExperienceMonths() == null ? null : c.totalExperienceMonths() + shortfall, c.education(),
                c.certifications());
        double gain = grade(input.withCandidate(with), weights).overallScore() - baseline;
        return Optional.of(new Improvement("%s more of relevant experience would add %s".formatted(
                PlainWords.duration(shortfall), points(gain)), null, round(gain)));
    }

    private static Skill asSkill(SkillRequirement requirement) {
        return new Skill(requirement.skillId(), requirement.name(), requirement.category(), requirement.escoUri(),
                1.0, List.of());
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    /** The candidate with other skills, experience, education or certifications: what a counterfactual changes. */
    private static CandidateProfile copyWith(CandidateProfile c, List<Skill> skills, List<ExperienceEntry> experience,
                                             Integer totalMonths, List<EducationEntry> education,
                                             List<Certification> certifications) {
        return new CandidateProfile(c.userId(), c.resumeId(), c.resumeVersion(), c.name(), c.headline(), c.summary(),
                skills, experience, totalMonths, education, certifications, c.languages(), c.locations(),
                c.industries(), c.collarType(), c.preferences(), c.text(), c.enriched());
    }

    private static MatchResult withImprovements(MatchResult r, List<Improvement> improvements) {
        return new MatchResult(r.jobId(), r.resumeId(), r.userId(), r.overallScore(), r.subScores(), r.weights(),
                r.collarType(), r.knockOuts(), r.matchedSkills(), r.missingRequiredSkills(),
                r.missingPreferredSkills(), r.extraSkills(), r.reasons(), improvements, r.confidence(),
                r.preferenceFit(), r.semanticAvailable());
    }

    /** "1 point", "2 points", "1.5 points": as shown, one decimal at most. */
    static String points(double gain) {
        String shown = gain == Math.rint(gain) ? String.valueOf((long) gain) : String.format(Locale.ROOT, "%.1f", gain);
        return shown + (shown.equals("1") ? " point" : " points");
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
