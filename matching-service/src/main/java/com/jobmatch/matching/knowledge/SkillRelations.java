package com.jobmatch.matching.knowledge;

import com.jobmatch.matching.scoring.SkillMatcher;

import java.util.HashMap;
import java.util.Map;

/**
 * Which skills count as related (SIMILAR credit): co-occurrence in the catalogue, only where it rests on enough
 * postings. The share of postings asking for either skill that ask for both is taken at the lower end of its 95 %
 * Wilson interval: a pair seen together in 3 of 5 postings (Jaccard 0.6) is 0.23 at worst and gives no credit (below
 * {@link SkillMatcher#MIN_SIMILARITY}), one seen in 60 of 100 is 0.50 at worst and does. The catalogue decides by its
 * own evidence, not by a fixed count.
 * <p>
 * Tried and left out: O*NET technology groups (one UNSPSC commodity each). They are too coarse for a recruiter:
 * "web platform development software" makes ColdFusion related to PostgreSQL and Python, "application server
 * software" GitHub to Kubernetes (bench/five-resume-check.sh). ESCO's own skill relations (broader/narrower,
 * essential/optional) would belong here; the shipped ESCO data does not carry them.
 */
public final class SkillRelations {

    private static final double Z = 1.96;

    private final Map<String, Map<String, Double>> neighbours = new HashMap<>();

    /** Adds a co-occurring pair (canonical ids), with its co-occurrence count and Jaccard similarity as stored. */
    public void coOccurring(String a, String b, int together, double jaccard) {
        if (together <= 0 || jaccard <= 0) {
            return;
        }
        long either = Math.round(together / jaccard);
        relate(a, b, wilsonLowerBound(together, either));
    }

    /** canonical id -> (related canonical id -> similarity), both directions. */
    public Map<String, Map<String, Double>> neighbours() {
        return neighbours;
    }

    static double wilsonLowerBound(long successes, long trials) {
        if (trials <= 0) {
            return 0;
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double centre = p + z2 / (2 * trials);
        double margin = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return Math.max(0, (centre - margin) / (1 + z2 / trials));
    }

    private void relate(String a, String b, double similarity) {
        if (a.equals(b) || similarity <= 0) {
            return;
        }
        neighbours.computeIfAbsent(a, key -> new HashMap<>()).merge(b, similarity, Math::max);
        neighbours.computeIfAbsent(b, key -> new HashMap<>()).merge(a, similarity, Math::max);
    }
}
