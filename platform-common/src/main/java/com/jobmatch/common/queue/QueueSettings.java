package com.jobmatch.common.queue;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How one queue behaves.
 *
 * @param table       the queue's table in the service's own database (see the README for its required columns)
 * @param lease       how long a claim belongs to its worker; a crashed worker's item is claimed again after it
 * @param firstRetry  the delay before the second attempt; it doubles per attempt up to {@code maxRetry}
 * @param maxRetry    the cap of the retry delay
 * @param maxAttempts attempts before an item is dead (kept with its last error, never retried by itself)
 * @param keepDone    true keeps completed rows as status 'done' (history); false deletes them
 */
public record QueueSettings(String table, Duration lease, Duration firstRetry, Duration maxRetry, int maxAttempts,
                            boolean keepDone) {

    /** The table name is written into SQL, so only plain lower-case identifiers are accepted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public QueueSettings {
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("queue table must be a plain lower-case identifier: " + table);
        }
        if (lease.isNegative() || lease.isZero() || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0
                || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid settings for queue " + table);
        }
    }
}
