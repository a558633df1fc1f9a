package com.jobmatch.user.preferences;

/** How often a person wants to hear about new matches. */
public enum NotificationFrequency {
    IMMEDIATE, DAILY, WEEKLY, NEVER
}
