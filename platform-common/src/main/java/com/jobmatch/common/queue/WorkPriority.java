package com.jobmatch.common.queue;

/**
 * The class of a queued item. Every due INTERACTIVE item is claimed before any BULK item, so a person's own
 * action never waits behind batch work; the number is what the {@code priority} column stores (lower first).
 */
public enum WorkPriority {
    /** A person is waiting: their own upload, correction or preference change. */
    INTERACTIVE(0),
    /** Nobody waits on the single item: batch uploads, catalogue imports, re-enrichment, fan-out recomputes. */
    BULK(1);

    private final int rank;

    WorkPriority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static WorkPriority ofRank(int rank) {
        return rank == INTERACTIVE.rank ? INTERACTIVE : BULK;
    }
}
