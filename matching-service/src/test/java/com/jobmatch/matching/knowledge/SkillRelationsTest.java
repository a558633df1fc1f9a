package com.jobmatch.matching.knowledge;

import com.jobmatch.matching.scoring.SkillMatcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillRelationsTest {

    @Test
    void coOccurrenceCountsOnlyAsFarAsItsSupportGoes() {
        SkillRelations relations = new SkillRelations();
        relations.coOccurring("sustainability", "microsoft-excel", 3, 0.6);
        relations.coOccurring("postgresql", "sql", 60, 0.6);
        Map<String, Map<String, Double>> near = relations.neighbours();
        double thin = near.get("sustainability").get("microsoft-excel");
        double wide = near.get("postgresql").get("sql");
        assertEquals(0.23, thin, 0.01);
        assertTrue(thin < SkillMatcher.MIN_SIMILARITY, "3 of 5 postings is too little to relate two skills");
        assertEquals(0.50, wide, 0.01);
        assertEquals(wide, near.get("sql").get("postgresql"), 1e-12, "relations hold both ways");
    }

    @Test
    void wilsonLowerBoundMatchesTheTextbookValue() {
        // 8 of 10: 0.490 (Wilson 1927, z = 1.96)
        assertEquals(0.490, SkillRelations.wilsonLowerBound(8, 10), 0.001);
        assertEquals(0, SkillRelations.wilsonLowerBound(0, 0));
    }
}
