package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.KnockOut;

import java.util.List;

/** One criterion's verdict: a 0-100 score or null when there was nothing to judge, what explains it, knock-outs. */
record Judgement(Double score, List<String> reasons, List<KnockOut> knockOuts) {

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
