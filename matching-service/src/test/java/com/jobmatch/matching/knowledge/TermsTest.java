package com.jobmatch.matching.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TermsTest {

    @Test
    void keepsTheCharactersOfSkillNames() {
        assertEquals("node.js", Terms.normalize("Node.js"));
        assertEquals("c++ c#", Terms.normalize("  C++ / C# "));
        assertEquals(".net core", Terms.normalize(".NET-Core"));
    }

    @Test
    void foldsAccentsAndSeparators() {
        assertEquals("resume writing", Terms.normalize("Résumé\twriting"));
        assertEquals("spring boot", Terms.normalize("spring-boot"));
        assertEquals("sao paulo", Terms.normalize("São  Paulo"));
    }

    @Test
    void dropsTheDotsThatCloseASentenceOrAbbreviation() {
        assertEquals("ph.d in physics", Terms.normalize("Ph.D. in physics."));
        assertEquals("end next", Terms.normalize("end... Next"));
        assertEquals("", Terms.normalize(" ... "));
        assertEquals("", Terms.normalize(null));
    }

    @Test
    void returnsANormalizedTextAsItIs() {
        String normalized = "kubernetes helm";
        assertSame(normalized, Terms.normalize(normalized));
        assertEquals(Terms.normalize("Kubernetes, Helm."), Terms.normalize(Terms.normalize("Kubernetes, Helm.")));
    }
}
