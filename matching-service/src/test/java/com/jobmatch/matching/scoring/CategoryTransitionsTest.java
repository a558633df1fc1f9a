package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.knowledge.CategoryCompatibility;
import com.jobmatch.matching.knowledge.CategoryTransitions;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryTransitionsTest {

    private static final Occupations OCCUPATIONS = Occupations.shipped();

    @Test
    void careersBetweenOccupationsAreCountedByIscoGroupAndScoredAgainstTheCommonestMove() {
        CategoryTransitions transitions = new CategoryTransitions();
        for (int i = 0; i < 4; i++) {
            transitions.addCareer(career("Truck Driver", "Truck Driver", "Dispatcher"));
        }
        List<CategoryCompatibility> matrix = transitions.matrix(5);
        String driver = CategoryTransitions.occupationKey(OCCUPATIONS.ofTitle("Truck Driver").orElseThrow());
        String dispatcher = CategoryTransitions.occupationKey(OCCUPATIONS.ofTitle("Dispatcher").orElseThrow());
        CategoryCompatibility move = matrix.stream().filter(e -> e.fromCategory.equals(driver)
                && e.toCategory.equals(dispatcher)).findFirst().orElseThrow();
        assertEquals(8, move.sampleSize, "four careers, two moves each");
        assertEquals(0.5, move.transitionProbability.doubleValue(), 1e-9);
        assertEquals(1.0, move.compatibilityScore.doubleValue(), 1e-9, "as common as staying a driver");
        assertTrue(new CategoryTransitions().matrix(5).isEmpty());
    }

    @Test
    void aMoveTheCareersMakeOftenIsAFitEvenAcrossTheIscoHierarchy() {
        Occupation driver = OCCUPATIONS.ofTitle("Truck Driver").orElseThrow();
        Occupation dispatcher = OCCUPATIONS.ofTitle("Dispatcher").orElseThrow();
        assertTrue(Occupations.closeness(driver, dispatcher) < 0.5, "far apart in ISCO");
        JobProfile dispatching = new JobProfile(UUID.randomUUID(), "x", "Dispatcher", "Haul", "", List.of(), List.of(),
                null, null, null, List.of(), null, null, List.of(), null, List.of(), null, null, false);
        CandidateProfile candidate = career("Truck Driver");

        double unlearnt = new CategoryCriterion(MatchingKnowledge.EMPTY, OCCUPATIONS).judge(candidate, dispatching,
                PostingOccupation.read(dispatching, null), null).score();
        Map<String, Double> learnt = new HashMap<>();
        learnt.put(MatchingKnowledge.pairKey(CategoryTransitions.occupationKey(driver),
                CategoryTransitions.occupationKey(dispatcher)), 0.8);
        Judgement judged = new CategoryCriterion(new MatchingKnowledge(Map.of(), Map.of(), learnt, Map.of()), OCCUPATIONS)
                .judge(candidate, dispatching, PostingOccupation.read(dispatching, null), null);
        assertEquals(100 * OccupationCloseness.of(OCCUPATIONS, driver, dispatcher), unlearnt, 1e-9);
        assertTrue(unlearnt < 80, "the descriptions put them nearer than ISCO does, the careers nearer still: " + unlearnt);
        assertEquals(80.0, judged.score(), 1e-9);
        assertTrue(judged.reasons().getFirst().contains("careers on this platform move from"), judged.reasons().toString());
    }

    private static CandidateProfile career(String... titles) {
        List<ExperienceEntry> roles = new java.util.ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            roles.add(new ExperienceEntry(titles[i], "Co " + i, null, null, LocalDate.of(2010 + 2 * i, 1, 1),
                    LocalDate.of(2011 + 2 * i, 12, 1), false, 23, null, List.of()));
        }
        return new CandidateProfile(UUID.randomUUID(), UUID.randomUUID(), 1, "Sam", null, null, List.of(), roles, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "", true);
    }
}
