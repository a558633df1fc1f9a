package com.jobmatch.ai.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
