package com.jobmatch.matching.knowledge;

/**
 * The lower end of the 95 % Wilson score interval of a share (Wilson 1927): what a share seen in few trials can vouch
 * for. Written here rather than taken from Commons Math's {@code WilsonScoreInterval}, which counts whole successes:
 * the skills match credits a related skill in part, so its share of requirements met is fractional.
 */
public final class WilsonInterval {

    private static final double Z = 1.96;

    private WilsonInterval() {
    }

    /** The lower bound of {@code share} (0-1) seen in {@code trials} trials; 0 without trials. */
    public static double lowerBound(double share, long trials) {
        if (trials <= 0) {
            return 0;
        }
        double p = Math.max(0, Math.min(1, share));
        double z2 = Z * Z;
        double centre = p + z2 / (2 * trials);
        double margin = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return Math.max(0, (centre - margin) / (1 + z2 / trials));
    }
}
