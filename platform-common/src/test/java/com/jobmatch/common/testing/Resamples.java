package com.jobmatch.common.testing;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * 95 % intervals over resamples of a bench's items (sentences, resumes), so a figure comes with the spread its few
 * hundred items allow (the ESCO-linked HOUSE set has 61 labelled sentences, the gold resumes 110): the percentile
 * bootstrap, the same resamples for every method of a run (a fixed seed), so that a difference of two methods is paired.
 */
public final class Resamples {

    public static final int RESAMPLES = 1000;
    private static final long SEED = 20221;

    private final int[][] picks;
    private final int[] every;

    /** Resamples of {@code items} items, drawn once and shared by every statistic asked of this object. */
    public Resamples(int items) {
        Random random = new Random(SEED);
        every = IntStream.range(0, items).toArray();
        picks = new int[RESAMPLES][items];
        for (int[] pick : picks) {
            for (int i = 0; i < items; i++) {
                pick[i] = random.nextInt(items);
            }
        }
    }

    /** Every item once: the pick a figure over the whole set is computed on. */
    public int[] all() {
        return every.clone();
    }

    /** The 2.5th and 97.5th percentiles of {@code statistic} (of the items picked) over the resamples. */
    public double[] interval(ToDoubleFunction<int[]> statistic) {
        double[] values = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            values[r] = statistic.applyAsDouble(picks[r]);
        }
        Arrays.sort(values);
        return new double[] {values[(int) Math.floor(0.025 * (RESAMPLES - 1))], values[(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
    }

    /** The mean of per-item values over the items picked. */
    public static double mean(double[] values, int[] pick) {
        double sum = 0;
        for (int i : pick) {
            sum += values[i];
        }
        return pick.length == 0 ? 0 : sum / pick.length;
    }

    /** "0.434 [0.331, 0.540]", or with a sign for a difference: "+0.081 [+0.020, +0.143]". */
    public static String format(double value, double[] interval, boolean signed) {
        String number = signed ? "%+.3f" : "%.3f";
        return String.format(number + " [" + number + ", " + number + "]", value, interval[0], interval[1]);
    }
}
