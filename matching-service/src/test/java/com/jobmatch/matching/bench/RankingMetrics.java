package com.jobmatch.matching.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/** AUC, per-group NDCG and 3-class macro-F1 of scored, labelled pairs (labels 0 = No, 1 = Potential, 2 = Good). */
final class RankingMetrics {

    record Scored(String group, int label, double score) {
    }

    private RankingMetrics() {
    }

    /** Probability that a random Good pair outscores a random No pair (ties count half). */
    static double auc(List<Scored> pairs) {
        double[] good = pairs.stream().filter(p -> p.label() == 2).mapToDouble(Scored::score).sorted().toArray();
        double[] no = pairs.stream().filter(p -> p.label() == 0).mapToDouble(Scored::score).sorted().toArray();
        double wins = 0;
        for (double g : good) {
            int below = lowerBound(no, g);
            int notAbove = lowerBound(no, Math.nextUp(g));
            wins += below + 0.5 * (notAbove - below);
        }
        return wins / ((double) good.length * no.length);
    }

    private static int lowerBound(double[] sorted, double value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }

    /** Mean NDCG over groups (resumes) with at least two pairs and some relevant one; gains are the labels. */
    static double meanNdcg(List<Scored> pairs) {
        Map<String, List<Scored>> byGroup = new HashMap<>();
        pairs.forEach(p -> byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p));
        double sum = 0;
        int groups = 0;
        for (List<Scored> group : byGroup.values()) {
            if (group.size() < 2 || group.stream().allMatch(p -> p.label() == 0)) {
                continue;
            }
            List<Scored> ranked = new ArrayList<>(group);
            // Worst case among ties, so that a constant score earns no credit.
            ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::label));
            List<Scored> ideal = new ArrayList<>(group);
            ideal.sort(Comparator.comparingInt(Scored::label).reversed());
            sum += dcg(ranked) / dcg(ideal);
            groups++;
        }
        return sum / groups;
    }

    /**
     * How sure a difference is: {@code metric(ours) - metric(other)} on the same pairs, with the 2.5th and 97.5th
     * percentiles of that difference over resamples of whole groups (resumes) with replacement. Both lists hold the
     * same pairs in the same order. A fixed seed keeps the interval the same from run to run.
     */
    static double[] pairedBootstrap(List<Scored> ours, List<Scored> other, ToDoubleFunction<List<Scored>> metric,
                                    int rounds, long seed) {
        Map<String, List<Integer>> byGroup = new HashMap<>();
        for (int i = 0; i < ours.size(); i++) {
            byGroup.computeIfAbsent(ours.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(byGroup.values());
        groups.sort(Comparator.comparing(g -> ours.get(g.getFirst()).group()));
        Random random = new Random(seed);
        double[] differences = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            List<Scored> a = new ArrayList<>(ours.size());
            List<Scored> b = new ArrayList<>(ours.size());
            for (int k = 0; k < groups.size(); k++) {
                // A group drawn twice must stay two groups, or per-group metrics would merge them.
                String name = "#" + k;
                for (int i : groups.get(random.nextInt(groups.size()))) {
                    a.add(new Scored(name, ours.get(i).label(), ours.get(i).score()));
                    b.add(new Scored(name, other.get(i).label(), other.get(i).score()));
                }
            }
            differences[r] = metric.applyAsDouble(a) - metric.applyAsDouble(b);
        }
        Arrays.sort(differences);
        return new double[] {metric.applyAsDouble(ours) - metric.applyAsDouble(other),
                differences[(int) (0.025 * rounds)], differences[(int) (0.975 * rounds) - 1]};
    }

    private static double dcg(List<Scored> ranked) {
        double dcg = 0;
        for (int i = 0; i < ranked.size(); i++) {
            dcg += (Math.pow(2, ranked.get(i).label()) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return dcg;
    }

    /**
     * Macro-F1 of three classes cut from the scores at the label prior's quantiles: the same rule for every
     * method, so no method gets thresholds tuned for it.
     */
    static double macroF1(List<Scored> pairs) {
        double[] sorted = pairs.stream().mapToDouble(Scored::score).sorted().toArray();
        long no = pairs.stream().filter(p -> p.label() == 0).count();
        long potential = pairs.stream().filter(p -> p.label() == 1).count();
        double lowCut = sorted[(int) Math.min(sorted.length - 1, no)];
        double highCut = sorted[(int) Math.min(sorted.length - 1, no + potential)];
        int[][] confusion = new int[3][3];
        for (Scored p : pairs) {
            int predicted = p.score() < lowCut ? 0 : p.score() < highCut ? 1 : 2;
            confusion[p.label()][predicted]++;
        }
        double f1 = 0;
        for (int c = 0; c < 3; c++) {
            int tp = confusion[c][c];
            int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
            int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = actual == 0 ? 0 : (double) tp / actual;
            f1 += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return f1 / 3;
    }
}
