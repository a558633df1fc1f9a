package com.jobmatch.matching.enrichment;

import com.jobmatch.matching.catalogue.SkillRequirementKind;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequirementSectionsTest {

    private static final String POSTING = "Requirements: Python, SQL.\nPreferred qualifications: Spark.\nMust have: Git.";

    @Test
    void theNearestHeadingBeforeAMentionDecides() {
        assertEquals(SkillRequirementKind.REQUIRED, RequirementSections.kindAt(POSTING, POSTING.indexOf("SQL")));
        assertEquals(SkillRequirementKind.PREFERRED, RequirementSections.kindAt(POSTING, POSTING.indexOf("Spark")));
        assertEquals(SkillRequirementKind.REQUIRED, RequirementSections.kindAt(POSTING, POSTING.indexOf("Git")));
        assertEquals(SkillRequirementKind.REQUIRED, RequirementSections.kindAt("Python wanted", 0));
    }

    @Test
    void anEqualOpportunityStatementAsksForNothing() {
        String posting = "Requirements: SQL and Python. Net2Source is an equal opportunity employer: all decisions are made "
                + "without regard to age, race, creed, color, religion, sex, national origin, ancestry, disability status, "
                + "veteran status, sexual orientation, gender identity or expression.";
        assertTrue(RequirementSections.inLegalNotice(posting, posting.indexOf("ancestry"), posting.indexOf("ancestry") + 8));
        assertTrue(RequirementSections.inLegalNotice(posting, posting.indexOf("religion"), posting.indexOf("religion") + 8));
        assertFalse(RequirementSections.inLegalNotice(posting, posting.indexOf("SQL"), posting.indexOf("SQL") + 3));
        // a posting that names one ground in its work is no such statement
        String care = "Provide disability support and personal care to residents of all ages; first aid certificate required.";
        assertFalse(RequirementSections.inLegalNotice(care, care.indexOf("disability"), care.indexOf("disability") + 10));
    }

    @Test
    void theEmployersOtherLegalNoticesAskForNothing() {
        String posting = "Requirements: SQL and Python.\nNextEra Energy provides reasonable accommodation in its application "
                + "and selection process. Crowe LLP does not accept unsolicited resumes from any staffing agency, recruiting "
                + "service or sourcing entity. We will consider qualified applicants with criminal histories in a manner "
                + "consistent with relevant legal requirements.";
        for (String words : new String[] {"Energy", "recruiting service", "legal requirements"}) {
            int at = posting.indexOf(words);
            assertTrue(RequirementSections.inLegalNotice(posting, at, at + words.length()), words);
        }
        assertFalse(RequirementSections.inLegalNotice(posting, posting.indexOf("SQL"), posting.indexOf("SQL") + 3));
        String law = "Paralegal: research criminal law and draft motions; experience with case management software required.";
        assertFalse(RequirementSections.inLegalNotice(law, law.indexOf("criminal law"), law.indexOf("criminal law") + 12));
    }
}
