package com.jobmatch.resume.resumes;

/**
 * Which organizations' recruiters may see a resume, as its owner decided: none, every organization, or the selected
 * ones. Names and contact details stay hidden in matching's candidate search until the candidate applies to the
 * organization, whatever the visibility.
 */
public enum ResumeVisibility {
    PRIVATE,
    ALL_ORGANIZATIONS,
    SELECTED_ORGANIZATIONS
}
