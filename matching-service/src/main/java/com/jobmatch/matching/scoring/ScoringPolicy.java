package com.jobmatch.matching.scoring;

/**
 * The fixed knobs of the scorer. The six collar weights grade the structured fit; the semantic similarity of
 * the two texts (measured from the catalogue's centre, see {@link EmbeddingCentre}) is blended in with
 * {@code semanticShare}, after mapping it from [{@code cosineFloor}, {@code cosineCeiling}] onto 0-100. That
 * range brackets where resume-job pairs fall (an unrelated pair is near 0, 1st-99th percentile about -0.27 to
 * 0.50), so the mapping rarely clips and keeps the order of the pairs; a job as close as 0.6 gets full marks.
 */
public record ScoringPolicy(double semanticShare, double cosineFloor, double cosineCeiling, int maxImprovements,
                            double minImprovementPoints) {

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(0.5, -0.2, 0.6, 5, 0.5);

    double semanticScore(double cosine) {
        return Judgement.clamp(100 * (cosine - cosineFloor) / (cosineCeiling - cosineFloor));
    }
}
