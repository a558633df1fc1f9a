package com.jobmatch.common.queue;

/** A queue's backlog: items waiting or running, the age of the oldest of them, and items given up on. */
public record QueueStats(long depth, double oldestAgeSeconds, long dead) {

    public static final QueueStats EMPTY = new QueueStats(0, 0, 0);
}
