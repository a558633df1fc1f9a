package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.KnockOut;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Terms;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Months in relevant roles against the level the job asks for. A role is relevant when its title shares the job
 * title's words or names a related occupation ({@link Occupations}), it used a skill the job asks for, or it was in
 * one of the job's industries; other roles count three quarters (transferable experience: working life teaches
 * more than its job titles say, and titles read from pasted resumes are often incomplete). Short of the minimum
 * scores by the cube of the share met: a stated minimum is a screen, so 90 % of it is a miss (73) and half of
 * it a large one (13). A job's level spans its stated range; a posting that states only a minimum ("5+ years") addresses the
 * level that starts there, and the next level usually starts at about twice that experience, never less than three
 * years later, so that is where the span ends. A level reaches a quarter past its top ({@link #LEVEL_MARGIN}); beyond
 * that the fit falls linearly to {@value #OVERQUALIFIED_FLOOR} at twice the span's top and stays there: twenty years
 * for a "5+ years" role is another level, which the explanation says, but experience is never worth less than having
 * none of it: an overqualified driver still fits a driver's job better than an accountant's.
 */
final class ExperienceCriterion {

    /**
     * How much a role unrelated to the job counts. On the fit pairs' answers through the API, recomputed offline with
     * each share and combined as bench/learn_weights.py combines the criteria (out of fold, grouped by resume): 0.5
     * gave AUC 0.727, 0.75 0.758, 1 (every month alike) 0.751. The one setting of this criterion chosen on that set.
     */
    static final double UNRELATED_ROLE_SHARE = 0.75;
    static final int NEXT_LEVEL_FACTOR = 2;
    static final int NEXT_LEVEL_MIN_GAP_MONTHS = 36;
    /** A level spans at least a year, whatever a range states. */
    static final int MIN_LEVEL_TOP_MONTHS = 12;
    static final double OVERQUALIFIED_FLOOR = 50;
    /**
     * How far past its top a level still reaches: a range's top is a round number where the next level usually
     * starts, and nine years for "3-8 years" is no mismatch. Through the API on the fit pairs (bench/experience_levels.py),
     * careers up to a quarter past the top were Good or Potential Fit more often than careers inside the range
     * (82 % against 67 %), a quarter to a half past it as often (68 %), and further past it far less (42 % and
     * below). Chosen on that set with {@link #SHORTFALL_POWER} (session 31's answers): out of fold, AUC +0.007
     * [+0.002, +0.012] and macro-F1 +0.012 [+0.004, +0.020] over the square and no margin.
     */
    static final double LEVEL_MARGIN = 0.25;
    /**
     * Short of a stated minimum the score falls with the cube of the share met (90 % of it scores 73, three quarters
     * 42, half 13): a minimum is a screen. On the fit pairs, 38 % of careers at 75-100 % of the minimum and 11 % at
     * 50-75 % were Good or Potential Fit, against 67 % inside the range.
     */
    static final int SHORTFALL_POWER = 3;
    /** Roles in the same ISCO sub-major group as the job (drivers of any vehicle for a truck driver) are relevant. */
    static final double RELATED_OCCUPATION = 0.5;

    private final MatchingKnowledge knowledge;
    /** The last candidate's roles in their compared forms: a ranking judges one candidate against many jobs. */
    private volatile Prepared last;

    ExperienceCriterion(MatchingKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    private record Role(ExperienceEntry entry, Set<String> titleWords, Set<String> canonicalSkills,
                        Optional<Occupation> occupation) {
    }

    private record Prepared(CandidateProfile candidate, List<Role> roles) {
    }

    private List<Role> roles(CandidateProfile candidate) {
        Prepared prepared = last;
        if (prepared == null || prepared.candidate() != candidate) {
            prepared = new Prepared(candidate, candidate.experience().stream().map(role -> new Role(role,
                    Terms.words(role.title()),
                    role.skillIds().stream().map(knowledge::canonicalSkill).collect(Collectors.toSet()),
                    Occupations.shipped().ofTitle(role.title()))).toList());
            last = prepared;
        }
        return prepared.roles();
    }

    /** {@code occupation}: the posting's reading, named or guessed ({@link PostingOccupation}). */
    Judgement judge(CandidateProfile candidate, JobProfile job, PostingOccupation occupation) {
        if (candidate.experience().isEmpty() && candidate.totalExperienceMonths() == null) {
            return Judgement.noData("The resume has no work history to compare");
        }
        ExperienceRange stated = job.experience();
        boolean usual = stated == null || (stated.minMonths() == null && stated.maxMonths() == null);
        Optional<InferredOccupation> inferred = usual ? occupation.inferred() : Optional.empty();
        if (usual && inferred.isEmpty() && occupation.named().isEmpty()) {
            // Without a stated range or a named occupation, only the occupation the posting is guessed to be about
            // gives a usual level, at low confidence; a posting that reads like no work (titled "b") must not gain a
            // known, met experience requirement.
            return Judgement.noData("The job states no experience range and names no occupation");
        }
        ExperienceRange range = usual ? UsualRequirements.experience(job.title()) : stated;
        Integer min = range.minMonths();
        Integer max = range.maxMonths();
        int total = totalMonths(candidate);
        // Undated roles held beside dated ones can add up to more months than the career spans; relevance can only
        // take away.
        Counted counted = counted(candidate, job, occupation);
        double relevant = Math.min(counted.months(), total);
        int wanted = min == null ? 0 : min;
        // A usual level has no top unless the title itself says the job is junior: the posting never said that more
        // experience is another level.
        boolean capped = !usual || range.equals(UsualRequirements.ENTRY_LEVEL);
        int top = capped ? levelTop(min, max) : Integer.MAX_VALUE;
        double reach = top * (1 + LEVEL_MARGIN);  // beyond any career when the level has no top
        double score;
        if (relevant < wanted) {
            score = 100 * Math.pow(relevant / wanted, SHORTFALL_POWER);
        } else {
            // Beyond the level is measured on the whole career: a job in another line of work, whose roles count
            // only in part toward its minimum, must not find the same career less senior than a job in its own line
            // does (a web developer of 15 years was "more over-qualified" for software posts than for BI analysts').
            double beyond = Math.min(1, (total - reach) / (2.0 * top - reach));
            score = total <= reach ? 100 : 100 - (100 - OVERQUALIFIED_FLOOR) * beyond;
        }
        score = Judgement.clamp(score);
        String asked = inferred.isPresent()
                ? "the job states no experience range and names no occupation; "
                        + inferred.get().reason() + ", and "
                        + UsualRequirements.describe(range)
                : usual ? "the job states no experience range; " + UsualRequirements.describe(range)
                        + Judgement.ASSUMED
                : PlainWords.range(min, max) + " asked";
        String verdict = relevant < wanted
                ? "; %d%% of the minimum, scored %d of 100 (a minimum is a screen: the score falls with the cube of the share met)"
                        .formatted(Math.round(100 * relevant / wanted), Math.round(score))
                : total > reach
                ? "; the career goes more than a quarter beyond the %s this level spans, a mild mismatch: scored %d of 100, never below %d"
                        .formatted(PlainWords.duration(top), Math.round(score), Math.round(OVERQUALIFIED_FLOOR))
                : "; met";
        String reason = (counted.other() < 1
                ? "%s of relevant experience (%s in all)".formatted(PlainWords.duration(relevant), PlainWords.duration(total))
                : "%s of experience counted toward this job (%s in related roles, %s in other roles counted at %d%%; %s in all)"
                        .formatted(PlainWords.duration(relevant),
                                counted.related() < 1 ? "none" : PlainWords.duration(counted.related()),
                                PlainWords.duration(counted.other()), Math.round(100 * UNRELATED_ROLE_SHARE),
                                PlainWords.duration(total)))
                + " against " + asked + verdict;
        List<KnockOut> knockOuts = !usual && job.minimumExperienceIsHard() && min != null && total < min
                ? List.of(new KnockOut("MINIMUM_EXPERIENCE", "at least " + PlainWords.duration(min),
                "the resume shows " + PlainWords.duration(total)))
                : List.of();
        Judgement.Basis basis = inferred.isPresent() ? Judgement.Basis.INFERRED
                : usual ? Judgement.Basis.USUAL : Judgement.Basis.STATED;
        return new Judgement(Judgement.weighed(score, basis), List.of(reason), knockOuts, basis);
    }

    /** Where the job's level ends: its stated maximum, else where the next level usually starts. */
    static int levelTop(Integer min, Integer max) {
        if (max != null) {
            return Math.max(max, MIN_LEVEL_TOP_MONTHS);
        }
        return Math.max(NEXT_LEVEL_FACTOR * min, min + NEXT_LEVEL_MIN_GAP_MONTHS);
    }

    double relevantMonths(CandidateProfile candidate, JobProfile job, PostingOccupation occupation) {
        return counted(candidate, job, occupation).months();
    }

    /**
     * The months a career counts toward a job: those in roles related to it, and those in other roles, which count at
     * {@link #UNRELATED_ROLE_SHARE}. The explanation names both, so that a driver's 31 years are not called "relevant
     * experience" for an accountant's post because they count in part.
     */
    record Counted(double related, double other) {
        double months() {
            return related + UNRELATED_ROLE_SHARE * other;
        }
    }

    Counted counted(CandidateProfile candidate, JobProfile job, PostingOccupation occupation) {
        if (candidate.experience().isEmpty()) {
            // Only a total is known, not the roles: their relevance is missing data, not irrelevance.
            return new Counted(candidate.totalExperienceMonths(), 0);
        }
        Set<String> titleWords = Terms.words(job.title());
        Set<String> jobSkills = Stream.concat(job.requiredSkills().stream(), job.preferredSkills().stream())
                .map(knowledge::canonicalSkill).collect(Collectors.toSet());
        Optional<Occupation> wanted = occupation.named();
        // Months are counted on the calendar where a role's dates are known: two roles held at once are one month of
        // work, related if either is, so related and other months never add up to more than the career.
        MonthsWorked relatedRoles = new MonthsWorked();
        MonthsWorked otherRoles = new MonthsWorked();
        for (Role role : roles(candidate)) {
            boolean relevant = Terms.coverage(titleWords, role.titleWords()) >= 0.5
                    || (wanted.isPresent() && role.occupation().isPresent()
                        && Occupations.closeness(wanted.get(), role.occupation().get()) >= RELATED_OCCUPATION)
                    || role.canonicalSkills().stream().anyMatch(jobSkills::contains)
                    || job.industries().stream().anyMatch(industry -> Terms.sameTerm(industry, role.entry().industry()));
            (relevant ? relatedRoles : otherRoles).add(role.entry());
        }
        double related = relatedRoles.months();
        double other = otherRoles.monthsBeyond(relatedRoles);
        double roleMonths = related + other;
        Integer career = candidate.totalExperienceMonths();
        if (career != null && career > roleMonths) {
            // Months the roles' dates do not account for (a career the resume states, "over 12 years of experience",
            // above roles whose older dates were lost) are as relevant as the dated roles, or, with none dated,
            // missing data rather than irrelevance, as when only a total is known.
            double extra = career - roleMonths;
            return roleMonths == 0 ? new Counted(career, 0)
                    : new Counted(related + extra * related / roleMonths, other + extra * other / roleMonths);
        }
        return new Counted(related, other);
    }

    static int totalMonths(CandidateProfile candidate) {
        if (candidate.totalExperienceMonths() != null) {
            return candidate.totalExperienceMonths();
        }
        MonthsWorked worked = new MonthsWorked();
        candidate.experience().forEach(worked::add);
        return worked.months();
    }
}
