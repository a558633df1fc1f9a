package com.jobmatch.ai.bench;

import com.jobmatch.ai.skills.TaxonomyIndex;
import com.jobmatch.contract.model.TaxonomySkill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One vector per skill from all its labels (name and ESCO alternative labels), for linking a phrase to the skill it
 * means rather than to the one label it happens to resemble: "care for patients" and "patient care" are labels of the
 * same skill, and their mean lies nearer the phrases a posting writes for it than its name alone. The name keeps a
 * weight of its own (the taxonomy's chosen wording), the alternative labels share the rest.
 */
final class SkillCentroids {

    private SkillCentroids() {
    }

    /**
     * A label per skill (its name as text) whose vector is nameWeight * name + (1 - nameWeight) * mean of the other
     * labels, normalised; labels in leftOut (skill id + "\n" + label) are not used (a held-out test). A skill with no
     * other label keeps its name's vector. With keepNames the name labels are kept beside the centroids, and a skill
     * scores its better one.
     */
    static List<TaxonomyIndex.Label> of(List<TaxonomyIndex.Label> embedded, double nameWeight, Set<String> leftOut,
                                        boolean keepNames) {
        Map<String, List<TaxonomyIndex.Label>> bySkill = new LinkedHashMap<>();
        for (TaxonomyIndex.Label label : embedded) {
            if (!leftOut.contains(label.skill().skillId() + "\n" + label.text())) {
                bySkill.computeIfAbsent(label.skill().skillId(), id -> new ArrayList<>()).add(label);
            }
        }
        List<TaxonomyIndex.Label> result = new ArrayList<>();
        for (List<TaxonomyIndex.Label> labels : bySkill.values()) {
            TaxonomySkill skill = labels.getFirst().skill();
            float[] name = labels.stream().filter(label -> label.text().equals(skill.name())).findFirst()
                    .orElse(labels.getFirst()).vector();
            List<float[]> others = labels.stream().filter(label -> !label.text().equals(skill.name()))
                    .map(TaxonomyIndex.Label::vector).toList();
            float[] centroid = new float[name.length];
            for (int d = 0; d < name.length; d++) {
                double sum = 0;
                for (float[] other : others) {
                    sum += other[d];
                }
                centroid[d] = (float) (others.isEmpty() ? name[d] : nameWeight * name[d] + (1 - nameWeight) * sum / others.size());
            }
            if (keepNames) {
                result.add(new TaxonomyIndex.Label(skill, skill.name(), name));
            }
            result.add(new TaxonomyIndex.Label(skill, skill.name(), normalised(centroid)));
        }
        return result;
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        double length = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = (float) (vector[d] / length);
        }
        return unit;
    }
}
