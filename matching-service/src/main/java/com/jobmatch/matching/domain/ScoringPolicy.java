package com.jobmatch.matching.domain;

/**
 * The fixed knobs of the scorer. The six collar weights grade the structured fit; the semantic similarity of
 * the two texts is blended in with {@code semanticShare}, after mapping the cosine from
 * [{@code cosineFloor}, {@code cosineCeiling}] (unrelated to near-identical texts for a sentence embedding
 * model) onto 0-100.
 */
public record ScoringPolicy(double semanticShare, double cosineFloor, double cosineCeiling, int maxImprovements,
                            double minImprovementPoints) {

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(0.35, 0.15, 0.75, 5, 0.5);

    double semanticScore(double cosine) {
        return Judgement.clamp(100 * (cosine - cosineFloor) / (cosineCeiling - cosineFloor));
    }
}
