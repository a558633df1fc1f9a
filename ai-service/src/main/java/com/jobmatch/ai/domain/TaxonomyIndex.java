package com.jobmatch.ai.domain;

import com.jobmatch.contract.model.TaxonomySkill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One loaded copy of the taxonomy: its dictionary (names and synonyms) and the embeddings of the skill names
 * built so far. Synonyms are left to the dictionary, which matches them exactly; embedding them too would cost
 * ~10x the CPU for little recall.
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

    /** Every name and synonym of the skills, in order, as embedded for the label vectors. */
    /** The skill names still to embed, in taxonomy order. */
    public static List<Label> unembeddedLabels(List<TaxonomySkill> skills) {
        return skills.stream().map(skill -> new Label(skill, skill.name(), null)).toList();
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
