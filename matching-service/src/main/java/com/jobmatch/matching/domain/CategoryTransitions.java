package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The directed transition matrix between industries, counted from career histories: each pair of consecutive
 * roles (by start date) with known industries is one transition from -> to, staying in the industry included.
 * P(to | from) = transitions(from, to) / transitions(from, *). Rows with fewer than {@code minSampleSize}
 * transitions are left out, because a probability from two careers says nothing. The compatibility score
 * starts as the probability (seed 000); scoring may calibrate it later.
 */
public final class CategoryTransitions {

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    public void addCareer(CandidateProfile profile) {
        List<ExperienceEntry> roles = new ArrayList<>(profile.experience().stream()
                .filter(e -> e.industry() != null && !e.industry().isBlank()).toList());
        roles.sort(Comparator.comparing(ExperienceEntry::startDate, Comparator.nullsLast(LocalDate::compareTo)));
        for (int i = 1; i < roles.size(); i++) {
            counts.computeIfAbsent(key(roles.get(i - 1).industry()), k -> new HashMap<>())
                    .merge(key(roles.get(i).industry()), 1, Integer::sum);
        }
    }

    public List<CategoryCompatibility> matrix(int minSampleSize) {
        List<CategoryCompatibility> edges = new ArrayList<>();
        counts.forEach((from, row) -> {
            int sample = row.values().stream().mapToInt(Integer::intValue).sum();
            if (sample < minSampleSize) {
                return;
            }
            row.forEach((to, n) -> {
                CategoryCompatibility edge = new CategoryCompatibility();
                edge.fromCategory = from;
                edge.toCategory = to;
                edge.transitionCount = n;
                edge.sampleSize = sample;
                edge.transitionProbability = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(sample), 4, RoundingMode.HALF_UP);
                edge.compatibilityScore = edge.transitionProbability;
                edges.add(edge);
            });
        });
        return edges;
    }

    private static String key(String industry) {
        return industry.strip().toLowerCase(Locale.ROOT);
    }
}
