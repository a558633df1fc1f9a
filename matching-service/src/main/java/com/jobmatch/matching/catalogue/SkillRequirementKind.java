package com.jobmatch.matching.catalogue;

/** Whether a posting demands a skill or only prefers it. */
public enum SkillRequirementKind {
    REQUIRED, PREFERRED
}
