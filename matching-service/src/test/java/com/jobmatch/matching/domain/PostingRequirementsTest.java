package com.jobmatch.matching.domain;

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
}
