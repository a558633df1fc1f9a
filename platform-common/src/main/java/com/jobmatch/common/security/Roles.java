package com.jobmatch.common.security;

/** The values of the JWT {@code groups} claim. */
public final class Roles {

    public static final String CANDIDATE = "candidate";
    public static final String RECRUITER = "recruiter";
    public static final String ADMIN = "admin";
    /** Other services of the suite, with client-credentials tokens. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
