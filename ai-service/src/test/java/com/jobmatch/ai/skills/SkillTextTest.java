package com.jobmatch.ai.skills;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SkillTextTest {

    @Test
    void aliasesAndInflectionsReduceToTheSameKey() {
        assertEquals(SkillText.key("C#"), SkillText.key("c-sharp"));
        assertEquals(SkillText.key("C#"), SkillText.key("C sharp"));
        assertEquals(SkillText.key("JavaScript"), SkillText.key("JS"));
        assertEquals(SkillText.key("Microsoft Excel"), SkillText.key("MS Excel"));
        assertEquals(SkillText.key("relational database"), SkillText.key("Relational Databases"));
        assertEquals(".net", SkillText.key(".NET"));
        assertEquals("node.js c++", SkillText.key("Node.js, C++."));
    }

    @Test
    void namesOfFieldsEndingInIcsAreNoPluralsOfTheirAdjective() {
        assertNotEquals(SkillText.key("electronics"), SkillText.key("electronic"), "electronic billing is no electronics");
        assertNotEquals(SkillText.key("economics"), SkillText.key("economic"));
        assertNotEquals(SkillText.key("analytics"), SkillText.key("analytic"));
        assertEquals(SkillText.key("Electronics"), SkillText.key("electronics"));
        assertEquals(SkillText.key("statistic models"), SkillText.key("statistic model"));
    }

    @Test
    void aFullStopGluedToTheNextSentenceEndsTheWordBeforeIt() {
        // flattened resumes: "... CSS, and SQL.Worked on adding", "from Teradata, SQL Server.Good working experience"
        assertEquals("css and sql worked on", SkillText.key("CSS, and SQL.Worked on"));
        assertEquals("sql server good", SkillText.key("SQL Server.Good"));
        // names that hold a full stop stay whole
        assertEquals("asp.net asp.net node.js .net vb.net", SkillText.key("ASP.NET, ASP.Net, Node.js, .NET, VB.Net"));
    }
}
