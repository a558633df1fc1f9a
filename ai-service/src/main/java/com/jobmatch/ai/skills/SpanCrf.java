package com.jobmatch.ai.skills;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain conditional random field over BIO tags (outside, begin, inside a skill span). Each token is scored
 * from its contextual vector and those of its neighbours within a window (ContextualTokens: what the word means in
 * this sentence) and from a few hashed sparse features of the words themselves (the word, its neighbours, affixes,
 * shape); the tags of neighbouring tokens are scored by a learnt transition table; decoding is Viterbi over the whole
 * sentence. BIO's rule ("inside" never right after "outside") is left to the learnt transitions, and an "inside"
 * after "outside" opens a span (SkillSpanTagger): enforcing the rule in training and decoding lowered exact F1 on
 * held-out SkillSpan TRAIN (every tenth sentence) from .460 to .407 (SkillTaggerTraining, TAGGER_MODE=compare).
 *
 * <p>Hand-written (about 150 lines with its AdaGrad step): OpenNLP, the service's sequence tagger, has no CRF and
 * takes only string features; Tribuo's CRF would add a library and its dependencies to the service for what fits in
 * one class with three tags. Training is in SkillTaggerTraining (SkillSpan TRAIN).
 */
public final class SpanCrf {

    public static final int OUTSIDE = 0;
    public static final int BEGIN = 1;
    public static final int INSIDE = 2;
    private static final int TAGS = 3;

    /** Version 2 of the file: the vector window is stored after the magic number. */
    private static final int MAGIC = 0x5C4F0002;

    /** Hashed sparse feature slots: large enough that SkillSpan TRAIN's ~100k feature strings rarely collide. */
    public static final int BUCKETS = 1 << 18;

    private static final int D = ContextualTokens.DIMENSION;

    /** Per-dimension standardisation of the contextual vectors (some dimensions of MiniLM are far larger). */
    private final float[] mean;
    private final float[] scale;
    /** Neighbours on each side whose vectors a token is scored by (1: the previous and the next token). */
    private final int window;
    /** Vector weights per tag: one block of D per offset -window..window. */
    private final int denseLength;
    private final float[][] dense;
    private final float[][] sparse;
    private final double[][] transition;
    private final double[] start;
    private final double[] end;

    /** AdaGrad's sums of squared gradients, allocated when learning. */
    private float[][] denseSquares;
    private float[][] sparseSquares;
    private double[][] transitionSquares;

    /**
     * One sentence's features: the standardised vector of each token (neighbours are read from here, not copied, so
     * that a wide window costs no memory per token) and hashed sparse ids per token.
     */
    public record Features(float[][] vectors, int[][] ids) {
        public int length() {
            return ids.length;
        }
    }

    /** A new model, all weights zero, standardising vectors by the given mean and scale; one neighbour each side. */
    public SpanCrf(float[] mean, float[] scale) {
        this(mean, scale, 1);
    }

    /** A new model, all weights zero, reading the vectors of the token and of `window` neighbours each side. */
    public SpanCrf(float[] mean, float[] scale, int window) {
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.window = window;
        this.denseLength = (2 * window + 1) * D;
        this.dense = new float[TAGS][denseLength];
        this.sparse = new float[BUCKETS][TAGS];
        this.transition = new double[TAGS][TAGS];
        this.start = new double[TAGS];
        this.end = new double[TAGS];
    }

    /** The features of a tokenised sentence with its raw contextual vectors and its tokens' word features. */
    public Features features(List<String> tokens, float[][] raw, String[][] words) {
        int n = tokens.size();
        float[][] standard = new float[n][D];
        for (int t = 0; t < n; t++) {
            for (int k = 0; k < D; k++) {
                standard[t][k] = (raw[t][k] - mean[k]) * scale[k];
            }
        }
        int[][] ids = new int[n][];
        for (int t = 0; t < n; t++) {
            String word = tokens.get(t).toLowerCase(Locale.ROOT);
            String previous = t > 0 ? tokens.get(t - 1).toLowerCase(Locale.ROOT) : "<s>";
            String next = t + 1 < n ? tokens.get(t + 1).toLowerCase(Locale.ROOT) : "</s>";
            ids[t] = new int[] {
                    id("bias"), id("w=" + word), id("w-1=" + previous), id("w+1=" + next),
                    id("w-1,w=" + previous + " " + word), id("w,w+1=" + word + " " + next),
                    id("p3=" + prefix(word)), id("s3=" + suffix(word)),
                    id("shape=" + shape(tokens.get(t))),
                    id("shape-1=" + (t > 0 ? shape(tokens.get(t - 1)) : "<s>")),
                    id("shape+1=" + (t + 1 < n ? shape(tokens.get(t + 1)) : "</s>"))};
            if (words != null) {
                int own = ids[t].length;
                ids[t] = Arrays.copyOf(ids[t], own + words[t].length);
                for (int f = 0; f < words[t].length; f++) {
                    ids[t][own + f] = id("m:" + words[t][f]);
                }
            }
        }
        return new Features(standard, ids);
    }

    /** The best tag sequence; outsideBias (log of a weight) is added to every "outside" score. */
    public int[] decode(Features features, double outsideBias) {
        double[][] scores = emissions(features, outsideBias);
        int n = scores.length;
        double[][] best = new double[n][TAGS];
        int[][] back = new int[n][TAGS];
        for (int y = 0; y < TAGS; y++) {
            best[0][y] = start[y] + scores[0][y];
        }
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < TAGS; y++) {
                best[t][y] = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < TAGS; p++) {
                    double score = best[t - 1][p] + transition[p][y];
                    if (score > best[t][y]) {
                        best[t][y] = score;
                        back[t][y] = p;
                    }
                }
                best[t][y] += scores[t][y];
            }
        }
        int[] tags = new int[n];
        double top = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < TAGS; y++) {
            if (best[n - 1][y] + end[y] > top) {
                top = best[n - 1][y] + end[y];
                tags[n - 1] = y;
            }
        }
        for (int t = n - 1; t > 0; t--) {
            tags[t - 1] = back[t][tags[t]];
        }
        return tags;
    }

    /** Per-token probability of each tag (forward-backward). */
    public double[][] marginals(Features features, double outsideBias) {
        return new Lattice(emissions(features, outsideBias)).marginals();
    }

    /** One AdaGrad step on a sentence's negative log-likelihood with L2 weight decay on the vector weights. */
    public void learn(Features features, int[] gold, double rate, double l2) {
        if (denseSquares == null) {
            denseSquares = new float[TAGS][denseLength];
            sparseSquares = new float[BUCKETS][TAGS];
            transitionSquares = new double[TAGS + 2][TAGS];
        }
        Lattice lattice = new Lattice(emissions(features, 0));
        double[][] marginal = lattice.marginals();
        int n = features.length();
        double[][] emissionGradient = new double[n][TAGS];
        for (int t = 0; t < n; t++) {
            for (int y = 0; y < TAGS; y++) {
                emissionGradient[t][y] = marginal[t][y] - (gold[t] == y ? 1 : 0);
            }
        }
        double[][] transitionGradient = lattice.pairMarginals();
        for (int t = 1; t < n; t++) {
            transitionGradient[gold[t - 1]][gold[t]] -= 1;
        }
        for (int y = 0; y < TAGS; y++) {
            float[] weights = dense[y];
            float[] squares = denseSquares[y];
            double[] gradient = new double[denseLength];
            for (int t = 0; t < n; t++) {
                double g = emissionGradient[t][y];
                for (int o = -window; o <= window; o++) {
                    if (t + o >= 0 && t + o < n) {
                        float[] x = features.vectors()[t + o];
                        int base = (o + window) * D;
                        for (int k = 0; k < D; k++) {
                            gradient[base + k] += g * x[k];
                        }
                    }
                }
            }
            for (int k = 0; k < denseLength; k++) {
                double g = gradient[k] + l2 * weights[k];
                squares[k] += (float) (g * g);
                weights[k] -= (float) (rate * g / Math.sqrt(squares[k] + 1e-8));
            }
            for (int t = 0; t < n; t++) {
                double g = emissionGradient[t][y];
                for (int id : features.ids()[t]) {
                    sparseSquares[id][y] += (float) (g * g);
                    sparse[id][y] -= (float) (rate * g / Math.sqrt(sparseSquares[id][y] + 1e-8));
                }
            }
            double startGradient = marginal[0][y] - (gold[0] == y ? 1 : 0);
            double endGradient = marginal[n - 1][y] - (gold[n - 1] == y ? 1 : 0);
            start[y] -= step(transitionSquares[TAGS], y, startGradient, rate);
            end[y] -= step(transitionSquares[TAGS + 1], y, endGradient, rate);
            for (int p = 0; p < TAGS; p++) {
                transition[p][y] -= step(transitionSquares[p], y, transitionGradient[p][y], rate);
            }
        }
    }

    /**
     * Adds this model's weights to a running sum (another model of the same shape). Training ends with the mean of
     * many such snapshots (averaged SGD): one sentence's step moves the weights a lot, the mean does not.
     */
    public void addTo(SpanCrf sum) {
        for (int y = 0; y < TAGS; y++) {
            for (int k = 0; k < denseLength; k++) {
                sum.dense[y][k] += dense[y][k];
            }
            sum.start[y] += start[y];
            sum.end[y] += end[y];
            for (int p = 0; p < TAGS; p++) {
                sum.transition[p][y] += transition[p][y];
            }
        }
        for (int f = 0; f < BUCKETS; f++) {
            for (int y = 0; y < TAGS; y++) {
                sum.sparse[f][y] += sparse[f][y];
            }
        }
    }

    /** A sum of snapshots (see addTo) divided by their count: a new model. */
    public SpanCrf dividedBy(int count) {
        SpanCrf mean = emptyCopy();
        addTo(mean);
        for (int y = 0; y < TAGS; y++) {
            for (int k = 0; k < denseLength; k++) {
                mean.dense[y][k] /= count;
            }
            mean.start[y] /= count;
            mean.end[y] /= count;
            for (int p = 0; p < TAGS; p++) {
                mean.transition[p][y] /= count;
            }
        }
        for (int f = 0; f < BUCKETS; f++) {
            for (int y = 0; y < TAGS; y++) {
                mean.sparse[f][y] /= count;
            }
        }
        return mean;
    }

    /** A model of the same shape and standardisation, all weights zero (a sum to add snapshots or models to). */
    public SpanCrf emptyCopy() {
        return new SpanCrf(mean, scale, window);
    }

    /**
     * Multiplies the sparse weights by a factor: a model trained with each sparse feature left out at rate p sees all
     * of them when tagging, so their weights are scaled by 1 - p (dropout's weight-scaling rule).
     */
    public void scaleSparse(double factor) {
        for (float[] row : sparse) {
            for (int y = 0; y < TAGS; y++) {
                row[y] *= (float) factor;
            }
        }
    }

    private static double step(double[] squares, int index, double gradient, double rate) {
        squares[index] += gradient * gradient;
        return rate * gradient / Math.sqrt(squares[index] + 1e-8);
    }

    private double[][] emissions(Features features, double outsideBias) {
        int n = features.length();
        double[][] scores = new double[n][TAGS];
        for (int t = 0; t < n; t++) {
            for (int y = 0; y < TAGS; y++) {
                float[] weights = dense[y];
                double score = 0;
                for (int o = -window; o <= window; o++) {
                    if (t + o >= 0 && t + o < n) {
                        score += dot(weights, (o + window) * D, features.vectors()[t + o]);
                    }
                }

                for (int id : features.ids()[t]) {
                    score += sparse[id][y];
                }
                scores[t][y] = score;
            }
            scores[t][OUTSIDE] += outsideBias;
        }
        return scores;
    }

    private static double dot(float[] weights, int offset, float[] x) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            sum += weights[offset + k] * x[k];
        }
        return sum;
    }

    /** Forward and backward log scores of one sentence. */
    private final class Lattice {
        private final double[][] scores;
        private final double[][] alpha;
        private final double[][] beta;
        private final double logZ;

        Lattice(double[][] scores) {
            this.scores = scores;
            int n = scores.length;
            alpha = new double[n][TAGS];
            beta = new double[n][TAGS];
            for (int y = 0; y < TAGS; y++) {
                alpha[0][y] = start[y] + scores[0][y];
                beta[n - 1][y] = end[y];
            }
            double[] terms = new double[TAGS];
            for (int t = 1; t < n; t++) {
                for (int y = 0; y < TAGS; y++) {
                    for (int p = 0; p < TAGS; p++) {
                        terms[p] = alpha[t - 1][p] + transition[p][y];
                    }
                    alpha[t][y] = logSum(terms) + scores[t][y];
                }
            }
            for (int t = n - 2; t >= 0; t--) {
                for (int y = 0; y < TAGS; y++) {
                    for (int x = 0; x < TAGS; x++) {
                        terms[x] = transition[y][x] + scores[t + 1][x] + beta[t + 1][x];
                    }
                    beta[t][y] = logSum(terms);
                }
            }
            for (int y = 0; y < TAGS; y++) {
                terms[y] = alpha[n - 1][y] + end[y];
            }
            logZ = logSum(terms);
        }

        double[][] marginals() {
            double[][] marginal = new double[alpha.length][TAGS];
            for (int t = 0; t < alpha.length; t++) {
                for (int y = 0; y < TAGS; y++) {
                    marginal[t][y] = Math.exp(alpha[t][y] + beta[t][y] - logZ);
                }
            }
            return marginal;
        }

        double[][] pairMarginals() {
            double[][] pairs = new double[TAGS][TAGS];
            for (int t = 1; t < alpha.length; t++) {
                for (int p = 0; p < TAGS; p++) {
                    for (int y = 0; y < TAGS; y++) {
                        pairs[p][y] += Math.exp(alpha[t - 1][p] + transition[p][y] + scores[t][y] + beta[t][y] - logZ);
                    }
                }
            }
            return pairs;
        }
    }

    private static double logSum(double[] terms) {
        double max = Math.max(terms[0], Math.max(terms[1], terms[2]));
        return max + Math.log(Math.exp(terms[0] - max) + Math.exp(terms[1] - max) + Math.exp(terms[2] - max));
    }

    private static int id(String feature) {
        int h = feature.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (BUCKETS - 1);
    }

    private static String prefix(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    private static String suffix(String word) {
        return word.length() <= 3 ? word : word.substring(word.length() - 3);
    }

    /** The word's shape: X for an upper-case letter, x lower, d digit, other characters kept, runs collapsed. */
    private static String shape(String word) {
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < word.length() && shape.length() < 6; i++) {
            char c = word.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (shape.isEmpty() || shape.charAt(shape.length() - 1) != s) {
                shape.append(s);
            }
        }
        return shape.toString();
    }

    public void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gzip));
        out.writeInt(MAGIC);
        out.writeInt(window);
        writeFloats(out, mean);
        writeFloats(out, scale);
        for (float[] row : dense) {
            writeFloats(out, row);
        }
        for (float[] row : sparse) {
            writeFloats(out, row);
        }
        for (double[] row : transition) {
            writeDoubles(out, row);
        }
        writeDoubles(out, start);
        writeDoubles(out, end);
        out.flush();
        gzip.finish();
    }

    public static SpanCrf read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a skill span CRF model");
        }
        int window = in.readInt();
        float[] mean = readFloats(in, D);
        float[] scale = readFloats(in, D);
        SpanCrf model = new SpanCrf(mean, scale, window);
        for (int y = 0; y < TAGS; y++) {
            readInto(in, model.dense[y]);
        }
        for (float[] row : model.sparse) {
            readInto(in, row);
        }
        for (double[] row : model.transition) {
            readInto(in, row);
        }
        readInto(in, model.start);
        readInto(in, model.end);
        return model;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    private static float[] readFloats(DataInputStream in, int length) throws IOException {
        float[] values = new float[length];
        readInto(in, values);
        return values;
    }

    private static void readInto(DataInputStream in, float[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
    }

    private static void readInto(DataInputStream in, double[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
    }
}
