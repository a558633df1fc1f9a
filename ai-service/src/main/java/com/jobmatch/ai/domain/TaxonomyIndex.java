package com.jobmatch.ai.domain;

import com.jobmatch.contract.model.TaxonomySkill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One loaded copy of the taxonomy: its dictionary (names and synonyms) and the embeddings of the labels built so
 * far: the skill names, and the synonyms too when configured (jobmatch.ai.taxonomy.embed-synonyms). A phrase is
 * compared with every label of a skill and the skill scores its best one, so a phrase worded like a synonym
 * ("care for patients") still finds its skill.
 */
public final class TaxonomyIndex {

    /** A skill name and its embedding. */
    public record Label(TaxonomySkill skill, String text, float[] vector) {
    }

    public record Scored(TaxonomySkill skill, String label, double similarity) {
    }

    private final String version;
    private final List<TaxonomySkill> skills;
    private final SkillDictionary dictionary;
    private final List<Label> labels;

    public TaxonomyIndex(String version, List<TaxonomySkill> skills, List<Label> labels) {
        this(version, List.copyOf(skills), new SkillDictionary(skills), List.copyOf(labels));
    }

    private TaxonomyIndex(String version, List<TaxonomySkill> skills, SkillDictionary dictionary, List<Label> labels) {
        this.version = version;
        this.skills = skills;
        this.dictionary = dictionary;
        this.labels = labels;
    }

    /** This index with more embedded labels; the dictionary is shared, not rebuilt. */
    public TaxonomyIndex withLabels(List<Label> more) {
        List<Label> all = new ArrayList<>(labels.size() + more.size());
        all.addAll(labels);
        all.addAll(more);
        return new TaxonomyIndex(version, skills, dictionary, List.copyOf(all));
    }

    /** The labels still to embed, in taxonomy order: every skill's name first, then (if asked) their synonyms. */
    public static List<Label> unembeddedLabels(List<TaxonomySkill> skills, boolean synonyms) {
        List<Label> labels = new ArrayList<>(skills.stream().map(skill -> new Label(skill, skill.name(), null)).toList());
        if (synonyms) {
            for (TaxonomySkill skill : skills) {
                skill.synonyms().stream()
                        .filter(synonym -> !synonym.equalsIgnoreCase(skill.name()))
                        .forEach(synonym -> labels.add(new Label(skill, synonym, null)));
            }
        }
        return labels;
    }

    public String version() {
        return version;
    }

    public List<TaxonomySkill> skills() {
        return skills;
    }

    public SkillDictionary dictionary() {
        return dictionary;
    }

    public boolean hasVectors() {
        return !labels.isEmpty();
    }

    /** The {@code k} skills whose best label is most similar to the vector (unit vectors: dot = cosine). */
    public List<Scored> nearest(float[] vector, int k) {
        Map<String, Scored> best = new LinkedHashMap<>();
        for (Label label : labels) {
            double similarity = dot(vector, label.vector());
            Scored known = best.get(label.skill().skillId());
            if (known == null || similarity > known.similarity()) {
                best.put(label.skill().skillId(), new Scored(label.skill(), label.text(), similarity));
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Scored::similarity).reversed()).limit(k).toList();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
