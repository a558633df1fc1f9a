package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One entry of the skills taxonomy owned by matching-service, as ai-service caches it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxonomySkill(String skillId, String name, String category, String escoUri, List<String> synonyms) {

    public TaxonomySkill {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
