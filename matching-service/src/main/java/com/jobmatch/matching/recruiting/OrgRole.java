package com.jobmatch.matching.recruiting;

import java.util.Locale;
import java.util.Optional;

/** A member's role in an organization (the token's {@code org_role} claim, set by user-service). */
public enum OrgRole {
    OWNER, RECRUITER, HIRING_MANAGER;

    /** Owners and recruiters change the organization's jobs, pipeline and lists; hiring managers read them. */
    public boolean edits() {
        return this != HIRING_MANAGER;
    }

    static Optional<OrgRole> parse(String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(claim.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
