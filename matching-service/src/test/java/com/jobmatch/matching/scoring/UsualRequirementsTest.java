package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Occupations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsualRequirementsTest {

    private final Occupations occupations = Occupations.shipped();
    private final ExperienceCriterion experience = new ExperienceCriterion(MatchingKnowledge.EMPTY);
    private final QualificationCriterion qualification = new QualificationCriterion(MatchingKnowledge.EMPTY);

    @Test
    void theUsualEducationFollowsTheIscoSkillLevelOfTheOccupation() {
        assertEquals(Optional.of(EducationLevel.BACHELOR), usualEducation("Accountant"));
        assertEquals(Optional.of(EducationLevel.BACHELOR), usualEducation("Software Developer"));
        assertEquals(Optional.of(EducationLevel.HIGH_SCHOOL), usualEducation("Truck Driver"));
        assertEquals(Optional.of(EducationLevel.HIGH_SCHOOL), usualEducation("Cashier"));
        assertEquals(Optional.of(EducationLevel.NONE), usualEducation("Cleaner"));
    }

    @Test
    void theUsualExperienceFollowsTheSenorityATitleNames() {
        assertEquals(UsualRequirements.ENTRY_LEVEL, UsualRequirements.experience("Junior Accountant"));
        assertEquals(UsualRequirements.ENTRY_LEVEL, UsualRequirements.experience("Entry-Level Data Analyst"));
        assertEquals(UsualRequirements.SENIOR_LEVEL, UsualRequirements.experience("Sr. Software Engineer"));
        assertEquals(UsualRequirements.LEAD_LEVEL, UsualRequirements.experience("Lead Line Cook"));
        assertEquals(UsualRequirements.DIRECTOR_LEVEL, UsualRequirements.experience("Director of Nursing"));
        assertEquals(UsualRequirements.MIDDLE_LEVEL, UsualRequirements.experience("Registered Nurse"));
        assertEquals(UsualRequirements.MIDDLE_LEVEL, UsualRequirements.experience(null));
        assertEquals(UsualRequirements.MIDDLE_LEVEL, UsualRequirements.experience("Driver - Class A - A Team Driver"),
                "a title that repeats its words");
    }

    @Test
    void aPostingWithoutAnExperienceRangeIsJudgedAgainstTheUsualLevelWithoutAnOverqualificationPenalty() {
        CandidateProfile veteran = driver(240);
        Judgement unstated = judgeExperience(veteran, job("Truck Driver", null));
        assertEquals(75.0, unstated.score(), 0.01, "twenty years is no other level when the posting never said so; "
                + "met, and counted halfway toward neutral: the level is assumed, not stated");
        assertTrue(unstated.usual());
        assertTrue(unstated.knockOuts().isEmpty(), "a usual level is never a knock-out");

        Judgement stated = judgeExperience(veteran, job("Truck Driver", new ExperienceRange(24, null)));
        assertFalse(stated.usual());
        assertTrue(stated.score() < 100, "a stated 2+ years makes twenty another level");

        assertEquals(31.25, judgeExperience(driver(12), job("Truck Driver", null)).score(), 0.01,
                "one year of two usually asked: an eighth of the fit (the cube of the share met), halfway to neutral");
        assertTrue(judgeExperience(veteran, job("Junior Truck Driver", null)).score() < 100,
                "a title that says junior caps the level");
        assertNull(judgeExperience(veteran, job("b", null)).score(), "no occupation, no usual level: unknown");
    }

    @Test
    void aPostingWithoutAnEducationLevelIsJudgedAgainstWhatItsOccupationUsuallyAsksAtHalfThePenalty() {
        JobProfile accountant = job("Accountant", null);
        Judgement school = judgeEducation(withEducation(EducationLevel.HIGH_SCHOOL), accountant);
        Judgement degree = judgeEducation(withEducation(EducationLevel.BACHELOR), accountant);
        // Both counted halfway toward the neutral 50: the level is what such work usually asks, not what it states.
        assertEquals(75.0, degree.score(), 0.01);
        assertEquals(50 + 0.5 * (50 - 3 * QualificationCriterion.POINTS_PER_MISSING_USUAL_LEVEL), school.score(), 0.01);
        assertTrue(school.usual() && school.knockOuts().isEmpty());
        assertTrue(school.reasons().getFirst().contains("usually asks a bachelor's degree"), school.reasons().toString());

        assertNull(judgeEducation(withEducation(EducationLevel.BACHELOR), job("b", null)).score(),
                "no occupation, nothing usual to compare");
    }

    private Optional<EducationLevel> usualEducation(String title) {
        return occupations.ofTitle(title).flatMap(UsualRequirements::education);
    }

    @Test
    void rolesHeldAtTheSameTimeNeverCountMoreRelevantMonthsThanTheCareerSpans() {
        // Five years as a driver, for two firms at once: 120 months of roles, 60 months of career.
        CandidateProfile twoAtOnce = new CandidateProfile(UUID.randomUUID(), UUID.randomUUID(), 1, "Sam", null, null,
                List.of(), List.of(
                new ExperienceEntry("Truck Driver", "Haulers", null, null, null, null, true, 60, null, List.of()),
                new ExperienceEntry("Delivery Driver", "Parcels", null, null, null, null, true, 60, null, List.of())),
                60, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "", true);
        Judgement eightYears = judgeExperience(twoAtOnce, job("Truck Driver", new ExperienceRange(96, null)));
        assertEquals(100 * Math.pow(60.0 / 96, 3), eightYears.score(), 0.01, "60 of the 96 months asked");
        assertTrue(eightYears.reasons().getFirst().startsWith("5 years of relevant experience (5 years in all) against at least 8 years asked; 63% of the minimum, scored 24 of 100"),
                eightYears.reasons().toString());
    }

    /** As the scorer judges a job without an embedding: a guessed occupation only from its text. */
    private Judgement judgeExperience(CandidateProfile candidate, JobProfile job) {
        return experience.judge(candidate, job, PostingOccupation.read(job, null));
    }

    private Judgement judgeEducation(CandidateProfile candidate, JobProfile job) {
        return qualification.judge(candidate, job, PostingOccupation.read(job, null));
    }

    private static JobProfile job(String title, ExperienceRange range) {
        return new JobProfile(UUID.randomUUID(), "x", title, "Co", "", List.of(), List.of(), range, null, null,
                List.of(), null, null, List.of(), null, List.of(), null, null, false);
    }

    private static CandidateProfile driver(int months) {
        return new CandidateProfile(UUID.randomUUID(), UUID.randomUUID(), 1, "Sam", null, null, List.of(),
                List.of(new ExperienceEntry("Truck Driver", "Haulers", null, null, null, null, true, months, null,
                        List.of())), months, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "", true);
    }

    private static CandidateProfile withEducation(EducationLevel level) {
        return new CandidateProfile(UUID.randomUUID(), UUID.randomUUID(), 1, "Ada", null, null, List.of(), List.of(),
                null, List.of(new EducationEntry("School", null, level, null, null, null)), List.of(), List.of(),
                List.of(), List.of(), null, null, "", true);
    }
}
