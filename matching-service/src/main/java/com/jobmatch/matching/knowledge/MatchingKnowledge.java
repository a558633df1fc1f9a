package com.jobmatch.matching.knowledge;

import com.jobmatch.contract.model.SkillRequirement;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What the scorer knows besides the two profiles, read once from the metadata tables: taxonomy synonyms,
 * directed skill similarity, directed industry compatibility and the relevance weight of certifications.
 * Keys are {@link Terms#normalize normalized}; the snapshot is immutable so scoring stays deterministic.
 *
 * @param canonicalSkills  synonym or id -> canonical skill id (normalized, so canonical ids compare as they are)
 * @param skillNeighbours  canonical id -> (near canonical id -> similarity in [0, 1]); a skill's neighbours are
 *                         looked up once per candidate skill rather than once per pair of skills compared
 * @param categoryCompatibility "candidate industry|job industry" -> transition probability in [0, 1]
 * @param certificationWeights certification name -> relevance weight in [0, 1]
 */
public record MatchingKnowledge(Map<String, String> canonicalSkills, Map<String, Map<String, Double>> skillNeighbours,
                                Map<String, Double> categoryCompatibility, Map<String, Double> certificationWeights) {

    /** Weight of a certification the catalogue does not know: it still counts, a little less than a known one. */
    static final double UNKNOWN_CERTIFICATION_WEIGHT = 0.5;

    public static final MatchingKnowledge EMPTY = new MatchingKnowledge(Map.of(), Map.of(), Map.of(), Map.of());

    public MatchingKnowledge {
        canonicalSkills = frozen(normalizedValues(canonicalSkills));
        Map<String, Map<String, Double>> neighbours = new HashMap<>();
        skillNeighbours.forEach((skill, near) -> neighbours.put(skill, frozen(near)));
        skillNeighbours = frozen(neighbours);
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

    private static Map<String, String> normalizedValues(Map<String, String> map) {
        Map<String, String> normalized = new HashMap<>(map.size() * 2);
        map.forEach((key, value) -> normalized.put(key, Terms.normalize(value)));
        return normalized;
    }

    public static String pairKey(String from, String to) {
        return Terms.normalize(from) + "|" + Terms.normalize(to);
    }

    /** The canonical id of a skill given by id or by any of its names, {@link Terms#normalize normalized}. */
    public String canonicalSkill(String idOrName) {
        String key = Terms.normalize(idOrName);
        return canonicalSkills.getOrDefault(key, key);
    }

    /** The canonical id of a skill a job asks for: by its taxonomy id, or by its name when it has none. */
    public String canonicalSkill(SkillRequirement requirement) {
        return canonicalSkill(requirement.skillId() != null ? requirement.skillId() : requirement.name());
    }

    /** The skills near one given by its canonical id, with their similarity. */
    public Map<String, Double> neighbours(String canonical) {
        return skillNeighbours.getOrDefault(canonical, Map.of());
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
