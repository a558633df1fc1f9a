package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.KnockOut;

import java.util.List;

/**
 * One criterion's verdict: a 0-100 score or null when there was nothing to judge, what explains it, knock-outs, and
 * whether it rests on what such a job usually asks rather than on what the posting states ({@link UsualRequirements}):
 * such a verdict counts for less confidence.
 */
record Judgement(Double score, List<String> reasons, List<KnockOut> knockOuts, boolean usual) {

    Judgement(Double score, List<String> reasons, List<KnockOut> knockOuts) {
        this(score, reasons, knockOuts, false);
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
}
