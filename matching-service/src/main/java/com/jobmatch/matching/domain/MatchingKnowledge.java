package com.jobmatch.matching.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What the scorer knows besides the two profiles, read once from the metadata tables: taxonomy synonyms,
 * directed skill similarity, directed industry compatibility and the relevance weight of certifications.
 * Keys are {@link Terms#normalize normalized}; the snapshot is immutable so scoring stays deterministic.
 *
 * @param canonicalSkills  synonym or id -> canonical skill id
 * @param skillSimilarity  "from|to" canonical ids -> similarity in [0, 1]
 * @param categoryCompatibility "candidate industry|job industry" -> transition probability in [0, 1]
 * @param certificationWeights certification name -> relevance weight in [0, 1]
 */
public record MatchingKnowledge(Map<String, String> canonicalSkills, Map<String, Double> skillSimilarity,
                                Map<String, Double> categoryCompatibility, Map<String, Double> certificationWeights) {

    /** Weight of a certification the catalogue does not know: it still counts, a little less than a known one. */
    static final double UNKNOWN_CERTIFICATION_WEIGHT = 0.5;

    public static final MatchingKnowledge EMPTY = new MatchingKnowledge(Map.of(), Map.of(), Map.of(), Map.of());

    public MatchingKnowledge {
        canonicalSkills = frozen(canonicalSkills);
        skillSimilarity = frozen(skillSimilarity);
        categoryCompatibility = frozen(categoryCompatibility);
        certificationWeights = frozen(certificationWeights);
    }

    /**
     * A read-only HashMap rather than Map.copyOf: scoring looks up these maps (100k aliases) thousands of times
     * per ranking, mostly for keys that are absent, and Map.copyOf's open addressing made those misses two
     * thirds of all scoring time (profiled with JFR).
     */
    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new HashMap<>(map));
    }

    public static String pairKey(String from, String to) {
        return Terms.normalize(from) + "|" + Terms.normalize(to);
    }

    /** The canonical id of a skill given by id or by any of its names. */
    public String canonicalSkill(String idOrName) {
        String key = Terms.normalize(idOrName);
        return canonicalSkills.getOrDefault(key, key);
    }

    public double skillSimilarity(String fromSkill, String toSkill) {
        Double direct = skillSimilarity.get(pairKey(canonicalSkill(fromSkill), canonicalSkill(toSkill)));
        return direct == null ? 0 : direct;
    }

    /** How naturally someone from {@code candidateIndustry} moves into {@code jobIndustry}; 1 for the same one. */
    public double categoryCompatibility(String candidateIndustry, String jobIndustry) {
        if (Terms.sameTerm(candidateIndustry, jobIndustry)) {
            return 1;
        }
        Double known = categoryCompatibility.get(pairKey(candidateIndustry, jobIndustry));
        return known == null ? 0 : known;
    }

    public double certificationWeight(String certification) {
        return certificationWeights.getOrDefault(Terms.normalize(certification), UNKNOWN_CERTIFICATION_WEIGHT);
    }
}
