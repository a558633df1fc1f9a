package com.jobmatch.matching.knowledge;

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
 * The directed transition matrices between industries and between occupations, counted from career histories: each
 * pair of consecutive roles (by start date) with known industries is one transition from -> to, staying included;
 * so is each pair whose titles name ESCO occupations ({@link Occupations}), keyed by ISCO unit group
 * ({@link #occupationKey}). P(to | from) = transitions(from, to) / transitions(from, *). Rows with fewer than
 * {@code minSampleSize} transitions are left out, because a probability from two careers says nothing. An industry's
 * compatibility score starts as the probability (seed 000). An occupation's is the probability against the row's
 * most common move (usually staying): a move as common as staying counts as fully compatible, since careers spread
 * over many next occupations and a raw probability of 0.2 can be the best-trodden path out of a job.
 */
public final class CategoryTransitions {

    private static final String OCCUPATION_PREFIX = "isco ";

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /** How an occupation is keyed in category_compatibility, apart from industries. */
    public static String occupationKey(Occupations.Occupation occupation) {
        return OCCUPATION_PREFIX + occupation.isco();
    }

    public void addCareer(CandidateProfile profile) {
        List<ExperienceEntry> roles = new ArrayList<>(profile.experience());
        roles.sort(Comparator.comparing(ExperienceEntry::startDate, Comparator.nullsLast(LocalDate::compareTo)));
        for (int i = 1; i < roles.size(); i++) {
            ExperienceEntry before = roles.get(i - 1);
            ExperienceEntry after = roles.get(i);
            if (known(before.industry()) && known(after.industry())) {
                count(key(before.industry()), key(after.industry()));
            }
            var from = Occupations.shipped().ofTitle(before.title());
            var to = Occupations.shipped().ofTitle(after.title());
            if (from.isPresent() && to.isPresent()) {
                count(occupationKey(from.get()), occupationKey(to.get()));
            }
        }
    }

    private void count(String from, String to) {
        counts.computeIfAbsent(from, k -> new HashMap<>()).merge(to, 1, Integer::sum);
    }

    private static boolean known(String industry) {
        return industry != null && !industry.isBlank();
    }

    public List<CategoryCompatibility> matrix(int minSampleSize) {
        List<CategoryCompatibility> edges = new ArrayList<>();
        counts.forEach((from, row) -> {
            int sample = row.values().stream().mapToInt(Integer::intValue).sum();
            if (sample < minSampleSize) {
                return;
            }
            int commonest = row.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            row.forEach((to, n) -> {
                CategoryCompatibility edge = new CategoryCompatibility();
                edge.fromCategory = from;
                edge.toCategory = to;
                edge.transitionCount = n;
                edge.sampleSize = sample;
                edge.transitionProbability = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(sample), 4, RoundingMode.HALF_UP);
                edge.compatibilityScore = from.startsWith(OCCUPATION_PREFIX)
                        ? BigDecimal.valueOf(n).divide(BigDecimal.valueOf(commonest), 4, RoundingMode.HALF_UP)
                        : edge.transitionProbability;
                edges.add(edge);
            });
        });
        return edges;
    }

    private static String key(String industry) {
        return industry.strip().toLowerCase(Locale.ROOT);
    }
}
