package com.jobmatch.matching.scoring;

/**
 * The fixed knobs of the scorer. The six collar weights grade the structured fit; the semantic similarity of
 * the two texts (measured from the reference centre with the learnt semantic metric, see {@link EmbeddingCentre}) is
 * blended in with {@code semanticShare}, after mapping it from [{@code cosineFloor}, {@code cosineCeiling}] onto
 * 0-100. That range brackets where resume-job pairs fall (1st-99th percentile about 0.0 to 0.7), so the mapping
 * rarely clips and keeps the order of the pairs.
 */
public record ScoringPolicy(double semanticShare, double cosineFloor, double cosineCeiling, int maxImprovements,
                            double minImprovementPoints) {

    /**
     * The share of the overall score given to semantic similarity unless configured (jobmatch.ranking.scoring.semantic-share):
     * the share bench/learn_semantic_metric.py chooses beside the shipped collar weights, inside each fold of the fit
     * pairs (0.35-0.45; 0.29 with the plain cosine, which told fits apart less well). One value for the configuration
     * default and {@link #DEFAULT}.
     */
    public static final String DEFAULT_SEMANTIC_SHARE = "0.40";

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(Double.parseDouble(DEFAULT_SEMANTIC_SHARE), 0.0, 0.7, 5, 0.5);

    double semanticScore(double cosine) {
        return Judgement.clamp(100 * (cosine - cosineFloor) / (cosineCeiling - cosineFloor));
    }
}
