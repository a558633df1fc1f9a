package com.jobmatch.user.accounts;

/** Where a request came from, for sessions, throttling and the audit log. */
public record ClientInfo(String ipAddress, String userAgent) {

    private static final int MAX_USER_AGENT = 512;

    public ClientInfo {
        ipAddress = ipAddress == null ? "unknown" : ipAddress;
        userAgent = userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent : userAgent.substring(0, MAX_USER_AGENT);
    }
}
