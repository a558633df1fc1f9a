package com.jobmatch.user.notification;

/** How a notification reaches the user. */
public enum Delivery {
    /** Mailed at once. */
    SENT,
    /** Waits for the daily digest of new matches. */
    DAILY_DIGEST,
    /** Waits for the weekly digest of new matches. */
    WEEKLY_DIGEST,
    /** Not mailed: the user turned email notifications off, chose never, or the account is disabled. */
    SUPPRESSED
}
