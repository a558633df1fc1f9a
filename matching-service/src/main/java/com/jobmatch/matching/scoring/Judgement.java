package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.KnockOut;

import java.util.List;

/**
 * One criterion's verdict: a 0-100 score or null when there was nothing to judge, what explains it, knock-outs, and
 * what it rests on ({@link Basis}): a verdict on what such a job usually asks rather than on what the posting states
 * ({@link UsualRequirements}) counts for less confidence, and one on an occupation only inferred from the posting's
 * text for less still.
 */
record Judgement(Double score, List<String> reasons, List<KnockOut> knockOuts, Basis basis) {

    /**
     * What a verdict rests on, and how much of a known criterion it counts for: in the match's confidence, and in how
     * far its score moves from the neutral prior ({@link #weighed}).
     */
    enum Basis {
        /** The posting states the requirement. */
        STATED(1),
        /** The posting states none; its occupation (named in title or text) usually asks it. */
        USUAL(0.5),
        /**
         * The posting states none and names no occupation; the occupation it is guessed to be about usually asks it
         * ({@link InferredOccupation}: from its text, else nearest by embedding). A guess.
         */
        INFERRED(0.25);

        final double knowledge;

        Basis(double knowledge) {
            this.knowledge = knowledge;
        }
    }

    /** What a reason adds to a requirement taken from what such work usually asks ({@link Basis#USUAL}). */
    static final String ASSUMED = " (assumed, so counted halfway toward neutral)";

    Judgement(Double score, List<String> reasons, List<KnockOut> knockOuts) {
        this(score, reasons, knockOuts, Basis.STATED);
    }

    /** Whether the verdict rests on what such work usually asks, not on the posting's own words. */
    boolean usual() {
        return basis != Basis.STATED;
    }

    static Judgement noData(String reason) {
        return new Judgement(null, List.of(reason), List.of());
    }

    static Judgement of(double score, String reason) {
        return new Judgement(clamp(score), List.of(reason), List.of());
    }

    static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    /**
     * A verdict's score as far from the neutral prior as its basis is known: a stated requirement's score as it is,
     * what such work usually asks halfway, an inferred occupation's a quarter of the way. A usual or inferred level is
     * an assumption about the posting, not what it says; counted in full, it ranked postings that state nothing above
     * those that state a level the candidate falls a little short of (through the API, the experience sub-score
     * ordered Good against No Fit at AUC 0.51 on usual levels and 0.46 on inferred ones, 0.69 on stated ones).
     */
    static double weighed(double score, Basis basis) {
        return weighed(score, basis.knowledge);
    }

    /** A score moved from the neutral prior only as far as the share of it that is known. */
    static double weighed(double score, double known) {
        return MatchScorer.UNKNOWN_PRIOR + known * (score - MatchScorer.UNKNOWN_PRIOR);
    }
}
