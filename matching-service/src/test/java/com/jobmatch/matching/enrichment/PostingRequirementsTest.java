package com.jobmatch.matching.enrichment;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PostingRequirementsTest {

    @Test
    void theMostDemandingStatedYearsOfExperienceIsTheMinimum() {
        assertEquals(new ExperienceRange(84, null), PostingRequirements.experience(
                "7+ years of experience in software engineering. 3+ years of AWS experience preferred."));
        assertEquals(new ExperienceRange(36, null), PostingRequirements.experience(
                "3+ years of backend experience; 8+ years of Go experience would be a plus."),
                "years only wished for are no minimum");
        assertEquals(new ExperienceRange(36, null), PostingRequirements.experience(
                "You have 3-5 years of professional backend experience."));
        assertEquals(new ExperienceRange(24, null), PostingRequirements.experience(null, "At least 2 yrs experience"));
    }

    @Test
    void yearsThatAreNotAnExperienceRequirementAreIgnored() {
        assertNull(PostingRequirements.experience("Founded 25 years ago, we have 120 years of combined wisdom."));
        assertNull(PostingRequirements.experience("A 2 year contract with great benefits."));
        assertNull(PostingRequirements.experience("Experience with Java is a plus.", null));
        assertNull(PostingRequirements.experience("40 years of experience in our industry"), "more than 20 is not a requirement");
        assertNull(PostingRequirements.experience("Ideally 5 years of retail experience."));
    }

    @Test
    void experienceIsReadInTheWaysPostingsStateIt() {
        assertEquals(new ExperienceRange(84, null), PostingRequirements.experience("7 years' related work experience"));
        assertEquals(new ExperienceRange(72, null), PostingRequirements.experience(
                "Minimum 6 years in a software-engineering related position"));
        assertEquals(new ExperienceRange(84, null), PostingRequirements.experience(
                "Required Experience: Previous experience (min 7 years) as an Agile BA"));
        assertEquals(new ExperienceRange(48, null), PostingRequirements.experience("Experience Level: 4+ years"));
        assertEquals(new ExperienceRange(60, null), PostingRequirements.experience(
                "Intermediate to advanced SQL experience (5 years minimum)"));
        assertEquals(new ExperienceRange(24, null), PostingRequirements.experience("2-5 Years\nCDL Class A"));
        assertEquals(new ExperienceRange(48, null), PostingRequirements.experience("4 years or more in Linux administration"));
        assertNull(PostingRequirements.experience("For over 20 years, Eight Eleven has kept relationships."));
        assertNull(PostingRequirements.experience("We grew 300% in the last 3 years with 5500+ employees."));
        assertNull(PostingRequirements.experience("The practice was started 20 years ago."));
    }

    @Test
    void experienceIsReadInPostingsPastedWithoutSentenceEnds() {
        assertEquals(new ExperienceRange(36, null), PostingRequirements.experience(
                "Bachelor of Science degree in Engineering, or related degree.2+ years of experience using Power BI."
                        + "3+ years of experience using Excel"), "years glued to the sentence before them");
        assertEquals(new ExperienceRange(60, null), PostingRequirements.experience(
                "Qualifications Bachelors Degree in Accounting 5-10 years of experience Experience in public "
                        + "accounting CPA preferred"), "a wish for something else in the same run-on sentence");
        assertEquals(new ExperienceRange(36, null), PostingRequirements.experience(
                "Senior Tax Accountant: CPA preferred with minimum 3 years Tax Experience."));
        assertNull(PostingRequirements.experience("Minimum 5 years experience preferred.Experience in audits"),
                "the years' own phrase still says they are wished for");
        assertNull(PostingRequirements.experience("1.5 years of experience"), "no 5 years out of a decimal");
    }

    @Test
    void theLowestRequiredEducationIsTheMinimum() {
        assertEquals(EducationLevel.BACHELOR, PostingRequirements.education(
                "Bachelor's degree in Accounting required. Master's degree preferred."));
        assertEquals(EducationLevel.BACHELOR, PostingRequirements.education("BS/BA in Computer Science or MS"));
        assertEquals(EducationLevel.HIGH_SCHOOL, PostingRequirements.education("High school diploma or GED; valid CDL"));
        assertEquals(EducationLevel.ASSOCIATE, PostingRequirements.education("Associate degree in Nursing (ADN)"));
        assertEquals(EducationLevel.MASTER, PostingRequirements.education("MBA or Master of Finance"));
        assertEquals(EducationLevel.DOCTORATE, PostingRequirements.education("PhD in Statistics"));
        assertNull(PostingRequirements.education("Sales Associate wanted; Master Electrician on site; MS Office."));
        assertNull(PostingRequirements.education("A bachelor's degree is a plus."), "a wished-for degree is no minimum");
        assertNull(PostingRequirements.education(null));
    }

    @Test
    void aPostingThatSaysNoEducationIsNeededAsksForNone() {
        assertEquals(EducationLevel.NONE, PostingRequirements.education(
                "What you bring: no previous experience needed, we train you. Education: no formal education required."));
        assertEquals(EducationLevel.NONE, PostingRequirements.education("No degree needed - we value attitude."));
        assertEquals(EducationLevel.NONE, PostingRequirements.education("A college degree is not required."));
        assertEquals(EducationLevel.NONE, PostingRequirements.education("Education: none"));
        assertEquals(EducationLevel.NONE, PostingRequirements.education(
                "No degree required; a high school diploma is preferred."), "a wished-for level is no minimum");
        assertEquals(EducationLevel.HIGH_SCHOOL, PostingRequirements.education(
                "High school diploma or GED required; no college degree required."), "a level named is the minimum");
        assertNull(PostingRequirements.education("No experience? No problem: we train you on the job."));
    }
}
