package com.jobmatch.matching.matches;

import com.jobmatch.matching.catalogue.Job;
import com.jobmatch.matching.scoring.FitChance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One row of a ranking; scores are 0-100 (the table keeps fractions). {@code fitChance} (0-1) is the share of
 * labelled matches with such a score that recruiters judged a fit ({@link FitChance}), null without a calibration. {@code unstatedFilters} names the person's
 * filtered fields the job does not state: by default such jobs come after those known to pass. {@code reasoning} is the
 * match's reasons, one per line.
 */
public record MatchSummary(UUID jobId, String title, String company, String location, double overallScore,
                           Double fitChance, Double semanticScore, Double preferenceFit, double confidence, boolean knockedOut,
                           String priority, String reasoning, List<String> keyAlignments, List<String> potentialGaps,
                           List<String> unstatedFilters,
                           String status, Double llmScore, String llmReasoning, String analysisStatus,
                           String weightsVariant, OffsetDateTime computedAt) {

    static MatchSummary of(UserJobMatch match, Job job, FitChance fitChance) {
        double overall = percent(match.overallScore);
        return new MatchSummary(match.jobId, job == null ? null : job.title, job == null ? null : job.company,
                job == null ? null : job.location, overall, fitChance.of(overall).orElse(null),
                percentOrNull(match.semanticScore),
                percentOrNull(match.preferenceFit), match.confidence == null ? 0 : match.confidence.doubleValue(),
                match.knockedOut, match.priority, match.matchReasoning, match.keyAlignments, match.potentialGaps,
                match.unstatedFilters == null ? List.of() : match.unstatedFilters,
                match.status, percentOrNull(match.llmScore), match.llmReasoning, match.analysisStatus,
                match.weightsVariant, match.computedAt);
    }

    private static double percent(java.math.BigDecimal fraction) {
        return Math.round(fraction.doubleValue() * 1000) / 10.0;
    }

    private static Double percentOrNull(java.math.BigDecimal fraction) {
        return fraction == null ? null : percent(fraction);
    }
}
