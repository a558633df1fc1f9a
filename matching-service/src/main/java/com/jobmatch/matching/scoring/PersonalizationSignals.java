package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.matching.knowledge.Terms;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a person's interactions and feedback say they like: every job they saved, applied to or rated helpful
 * pushes its skills, industries, company and title words up; dismissed or unhelpful ones push them down.
 * A job is then scored by how much it shares with that taste (50 = neutral, null = no signals yet).
 */
public record PersonalizationSignals(Map<String, Double> featureWeights) {

    /** One job the person reacted to and how strongly (positive likes it, negative does not). */
    public record JobSignal(JobProfile job, double strength) {
    }

    public static final PersonalizationSignals NONE = new PersonalizationSignals(Map.of());

    public PersonalizationSignals {
        featureWeights = Map.copyOf(featureWeights);
    }

    public static PersonalizationSignals from(List<JobSignal> signals) {
        Map<String, Double> weights = new TreeMap<>();
        for (JobSignal signal : signals) {
            Set<String> features = features(signal.job());
            double share = signal.strength() / Math.sqrt(Math.max(1, features.size()));
            features.forEach(feature -> weights.merge(feature, share, Double::sum));
        }
        return new PersonalizationSignals(weights);
    }

    public boolean isEmpty() {
        return featureWeights.isEmpty();
    }

    /** 0-100, or null when the person has not reacted to any job yet. */
    public Double score(JobProfile job) {
        if (isEmpty()) {
            return null;
        }
        Set<String> features = features(job);
        double affinity = features.stream().mapToDouble(f -> featureWeights.getOrDefault(f, 0.0)).sum()
                / Math.sqrt(Math.max(1, features.size()));
        return 50 + 50 * Math.tanh(affinity);
    }

    static Set<String> features(JobProfile job) {
        Set<String> features = new LinkedHashSet<>();
        for (SkillRequirement skill : job.requiredSkills()) {
            features.add("skill:" + Terms.normalize(skill.skillId() != null ? skill.skillId() : skill.name()));
        }
        for (SkillRequirement skill : job.preferredSkills()) {
            features.add("skill:" + Terms.normalize(skill.skillId() != null ? skill.skillId() : skill.name()));
        }
        job.industries().forEach(industry -> features.add("industry:" + Terms.normalize(industry)));
        if (job.company() != null) {
            features.add("company:" + Terms.normalize(job.company()));
        }
        Terms.words(job.title()).forEach(word -> features.add("title:" + word));
        return features;
    }
}
