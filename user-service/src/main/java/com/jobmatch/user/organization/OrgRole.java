package com.jobmatch.user.organization;

import java.util.Arrays;

/** A member's role in an organization, as stored and as carried by the {@code org_role} token claim. */
public enum OrgRole {
    OWNER("owner"), RECRUITER("recruiter"), HIRING_MANAGER("hiring_manager");

    /** The pattern request records validate against. */
    public static final String PATTERN = "owner|recruiter|hiring_manager";
    public static final String MESSAGE = "must be owner, recruiter or hiring_manager";

    private final String value;

    OrgRole(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static OrgRole of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown organization role " + value));
    }
}
