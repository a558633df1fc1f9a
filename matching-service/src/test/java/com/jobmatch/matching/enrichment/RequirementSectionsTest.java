package com.jobmatch.matching.enrichment;

import com.jobmatch.matching.catalogue.SkillRequirementKind;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequirementSectionsTest {

    private static final String POSTING = "Requirements: Python, SQL.\nPreferred qualifications: Spark.\nMust have: Git.";

    @Test
    void theNearestHeadingBeforeAMentionDecides() {
        assertEquals(SkillRequirementKind.REQUIRED, RequirementSections.kindAt(POSTING, POSTING.indexOf("SQL")));
        assertEquals(SkillRequirementKind.PREFERRED, RequirementSections.kindAt(POSTING, POSTING.indexOf("Spark")));
        assertEquals(SkillRequirementKind.REQUIRED, RequirementSections.kindAt(POSTING, POSTING.indexOf("Git")));
        assertEquals(SkillRequirementKind.REQUIRED, RequirementSections.kindAt("Python wanted", 0));
    }
}
