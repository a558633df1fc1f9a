package com.jobmatch.ai.bench;

import java.util.List;

/**
 * Span precision, recall and F1 over token ranges [from, to), counted exactly and by any overlap, plus the recall
 * of the skill column's spans alone (SkillSpan tags skills and knowledge in separate columns).
 */
final class SpanScore {

    private int gold;
    private int predicted;
    private int exactPredicted;
    private int exactGold;
    private int goldOverlapped;
    private int predictedOverlapping;
    private int skillGold;
    private int skillExact;
    private int skillOverlapped;

    void add(List<SharedData.GoldSpan> goldSpans, List<int[]> predictions) {
        gold += goldSpans.size();
        predicted += predictions.size();
        for (int[] p : predictions) {
            if (goldSpans.stream().anyMatch(g -> g.start() == p[0] && g.end() == p[1])) {
                exactPredicted++;
            }
            if (goldSpans.stream().anyMatch(g -> overlaps(g, p))) {
                predictedOverlapping++;
            }
        }
        for (SharedData.GoldSpan g : goldSpans) {
            boolean exact = predictions.stream().anyMatch(p -> g.start() == p[0] && g.end() == p[1]);
            boolean overlapped = predictions.stream().anyMatch(p -> overlaps(g, p));
            exactGold += exact ? 1 : 0;
            goldOverlapped += overlapped ? 1 : 0;
            if (g.type().equals("skill")) {
                skillGold++;
                skillExact += exact ? 1 : 0;
                skillOverlapped += overlapped ? 1 : 0;
            }
        }
    }

    double exactF1() {
        return f1(ratio(exactPredicted, predicted), ratio(exactGold, gold));
    }

    double overlapF1() {
        return f1(ratio(predictedOverlapping, predicted), ratio(goldOverlapped, gold));
    }

    double skillRecall() {
        return ratio(skillExact, skillGold);
    }

    /** The counts of the sentences picked (a resample, {@link com.jobmatch.common.testing.Resamples}), each sentence scored on its own. */
    static SpanScore of(List<SpanScore> sentences, int[] pick) {
        SpanScore sum = new SpanScore();
        for (int i : pick) {
            SpanScore one = sentences.get(i);
            sum.gold += one.gold;
            sum.predicted += one.predicted;
            sum.exactPredicted += one.exactPredicted;
            sum.exactGold += one.exactGold;
            sum.goldOverlapped += one.goldOverlapped;
            sum.predictedOverlapping += one.predictedOverlapping;
            sum.skillGold += one.skillGold;
            sum.skillExact += one.skillExact;
            sum.skillOverlapped += one.skillOverlapped;
        }
        return sum;
    }

    /** P R F1 exact, P R F1 by overlap, and the skill column's recall exact and by overlap. */
    @Override
    public String toString() {
        double p = ratio(exactPredicted, predicted);
        double r = ratio(exactGold, gold);
        double lp = ratio(predictedOverlapping, predicted);
        double lr = ratio(goldOverlapped, gold);
        return String.format("%6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %6.3f %6.3f", p, r, f1(p, r), lp, lr, f1(lp, lr),
                ratio(skillExact, skillGold), ratio(skillOverlapped, skillGold));
    }

    static String header() {
        return String.format("%6s %6s %6s   %6s %6s %6s   %6s %6s", "P", "R", "F1", "P~", "R~", "F1~", "skR", "skR~");
    }

    private static boolean overlaps(SharedData.GoldSpan g, int[] p) {
        return g.start() < p[1] && p[0] < g.end();
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
