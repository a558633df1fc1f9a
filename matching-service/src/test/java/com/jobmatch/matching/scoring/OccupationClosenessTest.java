package com.jobmatch.matching.scoring;

import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OccupationClosenessTest {

    private static final Occupations OCCUPATIONS = Occupations.shipped();

    private static Occupation titled(String title) {
        return OCCUPATIONS.ofTitle(title).orElseThrow();
    }

    @Test
    void aGroupReadFromAWordAloneIsAsCloseAsTheOccupationsItMayBeAreOnAverage() {
        Occupation engineer = titled("Engineer");
        Occupation analyst = titled("Analyst");
        Occupation developer = titled("Developer");
        assertTrue(Occupations.isWordAlone(engineer) && Occupations.isWordAlone(analyst)
                && Occupations.isWordAlone(developer), engineer + " " + analyst + " " + developer);
        Occupation accountant = titled("Accountant");
        Occupation softwareDeveloper = titled("Software Developer");

        // ISCO alone called an engineer (214) as related to an accountant (both in major group 2) as an analyst
        // (2) to a software developer: a quarter each, "related work".
        double engineerToAccountant = OccupationCloseness.of(OCCUPATIONS, engineer, accountant);
        assertTrue(engineerToAccountant < 0.1, "engineers' work is another field: " + engineerToAccountant);
        double developerToSoftware = OccupationCloseness.of(OCCUPATIONS, developer, softwareDeveloper);
        double analystToSoftware = OccupationCloseness.of(OCCUPATIONS, analyst, softwareDeveloper);
        assertTrue(developerToSoftware > analystToSoftware + 0.2,
                "a developer is likelier a software developer than an analyst is: " + developerToSoftware + " vs "
                        + analystToSoftware);
        assertTrue(developerToSoftware < 1, "but not surely one: " + developerToSoftware);
        assertEquals(developerToSoftware, OccupationCloseness.of(OCCUPATIONS, softwareDeveloper, developer), 1e-12,
                "the same whichever side reads the group");
    }

    @Test
    void theKindsOfAGroupAreTheOccupationsItsWordHeadsWithinItsIscoGroup() {
        var kinds = OCCUPATIONS.kindsOf(titled("Developer"));
        assertTrue(kinds.contains("software developer") && kinds.contains("web developer"), kinds.toString());
        assertTrue(!kinds.contains("property developer"), "a manager (1323), not a professional: " + kinds);
        assertTrue(OCCUPATIONS.kindsOf(titled("Accountant")).isEmpty(), "an occupation, not a group");
    }
}
