package com.jobmatch.matching.scoring;

/**
 * The fixed knobs of the scorer. The six collar weights grade the structured fit; the semantic similarity of
 * the two texts (measured from the reference centre, see {@link EmbeddingCentre}) is blended in with
 * {@code semanticShare}, after mapping it from [{@code cosineFloor}, {@code cosineCeiling}] onto 0-100. That
 * range brackets where resume-job pairs fall from that centre (1st-99th percentile about 0.13 to 0.71), so the
 * mapping rarely clips and keeps the order of the pairs; a job as close as 0.8 gets full marks.
 */
public record ScoringPolicy(double semanticShare, double cosineFloor, double cosineCeiling, int maxImprovements,
                            double minImprovementPoints) {

    /**
     * The share of the overall score given to semantic similarity unless configured (jobmatch.ranking.scoring.semantic-share):
     * the share bench/learn_weights.py learns beside the criteria from the fit pairs through the API (it was an even
     * 0.5 before the experience criterion carried its weight). One value for the configuration default and
     * {@link #DEFAULT}.
     */
    public static final String DEFAULT_SEMANTIC_SHARE = "0.29";

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(Double.parseDouble(DEFAULT_SEMANTIC_SHARE), 0.2, 0.8, 5, 0.5);

    double semanticScore(double cosine) {
        return Judgement.clamp(100 * (cosine - cosineFloor) / (cosineCeiling - cosineFloor));
    }
}
