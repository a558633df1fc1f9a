package com.jobmatch.matching.applications;

import java.util.EnumSet;
import java.util.Set;

/**
 * The application pipeline (seed 003): SAVED -> APPLIED -> INTERVIEWING -> OFFER -> HIRED, and from any open
 * step REJECTED or WITHDRAWN. HIRED, REJECTED and WITHDRAWN are final.
 */
public enum ApplicationStatus {
    SAVED, APPLIED, INTERVIEWING, OFFER, HIRED, REJECTED, WITHDRAWN;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SAVED -> EnumSet.of(APPLIED, WITHDRAWN);
            case APPLIED -> EnumSet.of(INTERVIEWING, OFFER, REJECTED, WITHDRAWN);
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
}
