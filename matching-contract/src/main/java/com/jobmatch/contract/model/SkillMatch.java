package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A job skill the candidate has: EXACT, SYNONYM (taxonomy alias) or SIMILAR (skill_similarity), with resume evidence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillMatch(String skillId, String name, String matchType, double similarity, boolean required,
                         String candidateSkillId, Evidence evidence) {

    /** The resume shows the skill itself (EXACT or SYNONYM), not a related one: only these count as "has". */
    @JsonIgnore
    public boolean direct() {
        return !"SIMILAR".equals(matchType);
    }
}
