package com.jobmatch.ai.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroundingCheckTest {

    static final String RESUME = "Data Analyst at Nordwind Retail, 2019-2024. Reduced report time by 40% with SQL.";

    @Test
    void restatedFactsPass() {
        assertTrue(GroundingCheck.unsupported("Reduced report time by 40% with SQL at Nordwind Retail.", RESUME,
                List.of("SQL", "Kubernetes")).isEmpty());
    }

    @Test
    void addedNumbersSkillsEmployersTitlesAndDatesAreCaught() {
        assertEquals(List.of("number 60"), GroundingCheck.unsupported("Reduced report time by 60%.", RESUME, List.of()));
        assertEquals(List.of("skill kubernetes"), GroundingCheck.unsupported("Ran SQL on kubernetes.", RESUME, List.of("kubernetes")));
        assertEquals(List.of("name Google"), GroundingCheck.unsupported("Worked with Google on reports.", RESUME, List.of()));
        assertEquals(List.of("name Senior"), GroundingCheck.unsupported("Promoted to Senior Data Analyst.", RESUME, List.of()));
        assertTrue(GroundingCheck.unsupported("Reduced report time in March 2021.", RESUME, List.of())
                .containsAll(List.of("number 2021", "name March")));
    }
}
