package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of the skills taxonomy owned by matching-service, as ai-service caches it. {@code onetCode}: O*NET's
 * commodity code of a technology (UNSPSC, "43232110" spreadsheet software for Microsoft Excel); null for others.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxonomySkill(String skillId, String name, String category, String escoUri, List<String> synonyms,
                            String onetCode) {

    /** The four ESCO skill types; any other category is an O*NET technology category. */
    public static final Set<String> ESCO_TYPES = Set.of("knowledge", "occupational", "cross-sector", "transversal");

    public TaxonomySkill {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    public TaxonomySkill(String skillId, String name, String category, String escoUri, List<String> synonyms) {
        this(skillId, name, category, escoUri, synonyms, null);
    }

    /** Whether a category is an O*NET technology category ("spreadsheet software"), not one of ESCO's skill types. */
    public static boolean isTechnology(String category) {
        return category != null && !ESCO_TYPES.contains(category.toLowerCase(Locale.ROOT));
    }

    public boolean isTechnology() {
        return isTechnology(category);
    }
}
