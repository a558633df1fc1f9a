package com.jobmatch.ai.skills;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phrases linked by similarity are read for negation as dictionary hits are (see SkillLinkTest for those). */
class NegationsTest {

    @Test
    void aPhraseThatSaysWhatIsLackingIsNegated() {
        assertTrue(negated("Applicants with no experience with SAP welcome", "experience with SAP"));
        assertTrue(negated("Applicants with no experience with SAP welcome", "no experience with SAP"));
        assertTrue(negated("Not familiar with payroll software", "payroll software"));
    }

    @Test
    void aPhraseBeyondTheNegationsReachIsNot() {
        assertFalse(negated("Released with no downtime using Kubernetes", "Kubernetes"));
        assertFalse(negated("Not only Java but also Python", "Python"));
        assertFalse(negated("No. 1 in sales; managed payroll software", "payroll software"));
        assertFalse(negated("Managed payroll software", "payroll software"));
    }

    private static boolean negated(String text, String phrase) {
        int start = text.indexOf(phrase);
        List<SkillText.Token> tokens = SkillText.tokens(text);
        return Negations.negatedAt(tokens, start, start + phrase.length());
    }
}
