package com.jobmatch.ai.optimization;


import java.util.List;

/** A person's optimization preferences, with the defaults for someone who never changed them. */
public record Preferences(int maxSuggestions, List<String> enabledTypes, List<String> preferredSectionOrder,
                          boolean allowLlm) {

    public static final List<String> ALL_TYPES =
            List.of(ResumeOptimizer.SURFACE_SKILL, ResumeOptimizer.REWRITE_BULLET, ResumeOptimizer.REORDER_SECTIONS);

    public static Preferences defaults() {
        return new Preferences(10, ALL_TYPES, List.of(), true);
    }
}
