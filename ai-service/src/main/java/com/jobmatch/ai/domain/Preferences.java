package com.jobmatch.ai.domain;

import com.jobmatch.ai.store.OptimizationPreferences;

import java.util.List;
import java.util.UUID;

/** A person's optimization preferences, with the defaults for someone who never changed them. */
public record Preferences(int maxSuggestions, List<String> enabledTypes, List<String> preferredSectionOrder,
                          boolean allowLlm) {

    public static final List<String> ALL_TYPES =
            List.of(ResumeOptimizer.SURFACE_SKILL, ResumeOptimizer.REWRITE_BULLET, ResumeOptimizer.REORDER_SECTIONS);

    public static Preferences defaults() {
        return new Preferences(10, ALL_TYPES, List.of(), true);
    }

    public static Preferences of(UUID userId) {
        OptimizationPreferences stored = userId == null ? null : OptimizationPreferences.findById(userId);
        return stored == null ? defaults() : new Preferences(stored.maxSuggestions, stored.enabledTypes,
                stored.preferredSectionOrder, stored.allowLlm);
    }
}
