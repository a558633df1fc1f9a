package com.jobmatch.matching.applications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An interview round as the candidate sees it on their application: when (the instant, the IANA zone it was set in and
 * the wall-clock time there), what kind, how long, where (place or link), and whether it was cancelled. The
 * interviewers' names, their scorecards and the organization's outcome notes are the organization's own and are not
 * part of it.
 */
public record InterviewRound(int round, String kind, Instant startsAt, String timeZone, String localStart,
                             int durationMinutes, String location, String meetingUrl, boolean cancelled) {

    /** How an interview's start is written for people: in the round's own zone, with the zone's short name. */
    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm zzz", Locale.ENGLISH);

    public static String localStart(Instant start, String zone) {
        return LOCAL.format(start.atZone(ZoneId.of(zone)));
    }
}
