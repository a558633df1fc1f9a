package com.jobmatch.resume.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Flattened exports glue a heading to the first word of its section ("SkillsMicrosoft Excel", 1,673 times in the 453
 * fit-pairs resumes); the stored text sets the heading on a line of its own, and the sections read stay the same.
 */
class HeadingsOnTheirOwnLinesTest {

    @Test
    void aHeadingGluedToTheNextWordStandsOnItsOwnLine() {
        String flattened = "Jane Doe\nSkillsMicrosoft Excel, SAP, Payroll\nExperienceAccountant, 01/2015 to Current Acme";
        assertEquals("Jane Doe\nSkills\nMicrosoft Excel, SAP, Payroll\nExperience\nAccountant, 01/2015 to Current Acme",
                ResumeSections.withHeadingsOnTheirOwnLines(flattened));
    }

    @Test
    void inAFlattenedResumeAHeadingBeforeAColonOrADashStandsAloneToo() {
        // once some headings stand alone the resume reads as laid out, where "Education:" after the skills would be a
        // label inside them: every heading of a flattened resume is set apart, the separator kept
        String flattened = "Jane Doe\nSkillsJava, SQL\nEducation:Master of Science, Georgia Tech\nWork Experience-Analyst, 2019";
        String apart = ResumeSections.withHeadingsOnTheirOwnLines(flattened);
        assertEquals("Jane Doe\nSkills\nJava, SQL\nEducation:\nMaster of Science, Georgia Tech\nWork Experience-\nAnalyst, 2019",
                apart);
        assertEquals(sections(flattened), sections(apart));
    }

    @Test
    void aLaidOutResumesLabelsInsideASectionStayOnTheirLine() {
        String laidOut = "Jane Doe\nSkills\nLanguages: Java, Python\nTools: Jira\nExperience\nDeveloper, 2019";
        assertEquals(laidOut, ResumeSections.withHeadingsOnTheirOwnLines(laidOut));
    }

    @Test
    void aHeadingGluedToAnotherHeadingKeepsIt() {
        // on a line of its own "Certification:" would open a section and take the degrees after it from education
        String glued = "Jane Doe\nEducation and TrainingCertification:, 2016 Tax Center MBA: Accounting, 2014 University of Phoenix";
        assertEquals(glued, ResumeSections.withHeadingsOnTheirOwnLines(glued));
    }

    @Test
    void proseThatOpensWithAHeadingsWordIsLeftAlone() {
        String prose = "Jane Doe\nExperienced accountant.\nEducational outreach lead.";
        assertEquals(prose, ResumeSections.withHeadingsOnTheirOwnLines(prose));
    }

    private static List<String> sections(String text) {
        return ResumeSections.blocks(text).stream().map(b -> b.section() + ":" + b.text().strip()).toList();
    }
}
