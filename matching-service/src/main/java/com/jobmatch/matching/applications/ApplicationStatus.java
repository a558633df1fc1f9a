package com.jobmatch.matching.applications;

import java.util.EnumSet;
import java.util.Set;

/**
 * The application pipeline (seed 003, with the ATS stages of the HotGigs design): SAVED -> APPLIED -> (SCREENING ->
 * SUBMITTED ->) INTERVIEWING -> OFFER -> HIRED, and from any open step REJECTED or WITHDRAWN. HIRED, REJECTED and
 * WITHDRAWN are final. SCREENING and SUBMITTED are an organization's stages: on a job it posted its recruiters move the
 * application; on any other job the person tracks it themselves and never needs them (the steps of before still hold).
 */
public enum ApplicationStatus {
    SAVED, APPLIED, SCREENING, SUBMITTED, INTERVIEWING, OFFER, HIRED, REJECTED, WITHDRAWN;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SAVED -> EnumSet.of(APPLIED, WITHDRAWN);
            case APPLIED -> EnumSet.of(SCREENING, SUBMITTED, INTERVIEWING, OFFER, REJECTED, WITHDRAWN);
            case SCREENING -> EnumSet.of(SUBMITTED, INTERVIEWING, OFFER, REJECTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(INTERVIEWING, OFFER, REJECTED, WITHDRAWN);
            // A further interview round stays INTERVIEWING (with a new interview time).
            case INTERVIEWING -> EnumSet.of(INTERVIEWING, OFFER, REJECTED, WITHDRAWN);
            case OFFER -> EnumSet.of(HIRED, REJECTED, WITHDRAWN);
            case HIRED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /**
     * The steps the candidate takes on an application to an organization's posted job: applying and withdrawing; the
     * stages in between are the organization's.
     */
    public Set<ApplicationStatus> nextForCandidateOfOrganization() {
        Set<ApplicationStatus> steps = EnumSet.noneOf(ApplicationStatus.class);
        next().stream().filter(s -> s == APPLIED || s == WITHDRAWN).forEach(steps::add);
        return steps;
    }
}
