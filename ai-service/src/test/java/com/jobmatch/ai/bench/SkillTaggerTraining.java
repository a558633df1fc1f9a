package com.jobmatch.ai.bench;

import com.jobmatch.ai.skills.ContextualTokens;
import com.jobmatch.ai.skills.SkillSpanTagger;
import com.jobmatch.ai.skills.SpanCrf;
import com.jobmatch.ai.skills.WordFeatures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the skill-span tagger shipped in src/main/resources/models (a CRF over contextual token vectors, SpanCrf)
 * from SkillSpan TRAIN (house + tech; MIT). Run with bench/train-skill-tagger.sh. TAGGER_MODE=compare trains on nine
 * tenths of TRAIN and scores the last epochs and outside weights on the other tenth (the last postings of each file),
 * which is how the shipped settings were chosen; dev is never looked at. The default mode trains with those settings on all of
 * TRAIN and writes the model. Sentences are visited in an order drawn from a fixed seed, so a re-run gives the same
 * model.
 */
@Tag("bench")
class SkillTaggerTraining {

    /**
     * Settings chosen on the held-out tenth of TRAIN (TAGGER_MODE=compare, see the README for the table): epochs over
     * the training sentences, AdaGrad's rate, the L2 weight decay on the vector weights, the rate at which sparse
     * features are left out while learning, the neighbours each side whose contextual vectors a token reads besides
     * its own, and how many models trained in different orders are averaged.
     */
    record Settings(int epochs, double rate, double l2, double dropout, int window, int seeds) {

        static final Settings SHIPPED = new Settings(14, 0.01, 1e-4, 0.3, 1, 1);

        /** The shipped settings, each overridden by its TAGGER_* environment variable when set (compare mode). */
        static Settings fromEnvironment(Settings defaults) {
            Map<String, String> env = System.getenv();
            return new Settings(
                    Integer.parseInt(env.getOrDefault("TAGGER_EPOCHS", String.valueOf(defaults.epochs()))),
                    Double.parseDouble(env.getOrDefault("TAGGER_RATE", String.valueOf(defaults.rate()))),
                    Double.parseDouble(env.getOrDefault("TAGGER_L2", String.valueOf(defaults.l2()))),
                    Double.parseDouble(env.getOrDefault("TAGGER_DROPOUT", String.valueOf(defaults.dropout()))),
                    Integer.parseInt(env.getOrDefault("TAGGER_WINDOW", String.valueOf(defaults.window()))),
                    Integer.parseInt(env.getOrDefault("TAGGER_SEEDS", String.valueOf(defaults.seeds()))));
        }
    }

    private static final List<Double> OUTSIDE_WEIGHTS = List.of(1.0, 0.7, 0.6, 0.5, 0.4, 0.35);

    private static final long SEED = 15;

    /** Averaged SGD: the model's weights are summed every this many sentences after the first epoch. */
    private static final int SNAPSHOT_EVERY = 100;

    private static final Path MODEL = Path.of("src/main/resources/" + SkillSpanTagger.MODEL_RESOURCE);
    private static final Path SKILL_MODEL = Path.of("src/main/resources/" + SkillSpanTagger.SKILL_MODEL_RESOURCE);
    private static final Path KNOWLEDGE_MODEL = Path.of("src/main/resources/" + SkillSpanTagger.KNOWLEDGE_MODEL_RESOURCE);

    /** A training sentence with its tokens' contextual vectors and its gold BIO tags. */
    record Example(SharedData.Sentence sentence, float[][] vectors, String[][] words, int[] tags) {
    }

    @Test
    void train() throws IOException {
        Path folder = SharedData.file("skill-extraction/skillspan");
        Assumptions.assumeTrue(Files.exists(folder), "no shared data at " + SharedData.root() + ": skipped");
        Assumptions.assumeFalse("word-features".equals(System.getenv("TAGGER_MODE")), "WordFeatureTraining's turn: skipped");
        ContextualTokens encoder = new ContextualTokens();
        boolean withWords = !"false".equals(System.getenv("TAGGER_WORD_FEATURES"));
        WordFeatures words = withWords ? new WordFeatures() : null;
        List<Example> examples = new ArrayList<>();
        List<Example> heldOut = new ArrayList<>();
        for (String file : List.of("skillspan_house_train.conll", "skillspan_tech_train.conll")) {
            List<SharedData.Sentence> sentences = SharedData.skillSpan(folder.resolve(file));
            List<float[][]> vectors = vectors(encoder, file, sentences);
            for (int i = 0; i < sentences.size(); i++) {
                SharedData.Sentence sentence = sentences.get(i);
                Example example = new Example(sentence, vectors.get(i), words == null ? null : words.of(sentence.tokens()), tags(sentence));
                examples.add(example);
                if (i >= sentences.size() * 9 / 10) {
                    heldOut.add(example);
                }
            }
        }
        if ("compare".equals(System.getenv("TAGGER_MODE"))) {
            compare(encoder, words, examples, heldOut);
            return;
        }
        if ("columns".equals(System.getenv("TAGGER_MODE"))) {
            compareColumns(encoder, words, examples, heldOut);
            return;
        }
        Settings settings = Settings.SHIPPED;
        Map<Path, List<Example>> models = Map.of(
                MODEL, examples,
                SKILL_MODEL, column(examples, "skill"),
                KNOWLEDGE_MODEL, column(examples, "knowledge"));
        for (Map.Entry<Path, List<Example>> model : models.entrySet()) {
            try (OutputStream out = Files.newOutputStream(model.getKey())) {
                ensemble(model.getValue(), settings, null).write(out);
            }
            System.out.printf("%nSkill tagger (CRF, %s) trained on %d sentences: %s (%d bytes)%n", settings, examples.size(),
                    model.getKey().toAbsolutePath(), Files.size(model.getKey()));
        }
    }

    /**
     * Scores the settings on the last tenth of each TRAIN file, a model fitted on the rest. The files hold a posting's
     * sentences together, so the held-out sentences come from postings the model never saw, as dev's do; every tenth
     * sentence, the earlier held-out set, shares its postings (and their boilerplate) with the fitted part, and
     * favoured settings that remember postings over those that generalise (see the README).
     */
    private static void compare(ContextualTokens encoder, WordFeatures words, List<Example> examples, List<Example> heldOut) {
        Set<Example> held = Collections.newSetFromMap(new IdentityHashMap<>());
        held.addAll(heldOut);
        List<Example> fit = examples.stream().filter(example -> !held.contains(example)).toList();
        Settings settings = Settings.fromEnvironment(Settings.SHIPPED);
        System.out.printf("%n%s, word features %s%n%-28s %s%n", settings, words != null, "held-out tenth of TRAIN (last postings)",
                SpanScore.header());
        SpanCrf last = ensemble(fit, settings, (epoch, model) -> {
            if (epoch < settings.epochs() - 4) {
                return;
            }
            for (double weight : OUTSIDE_WEIGHTS) {
                SkillSpanTagger tagger = new SkillSpanTagger(encoder, words, model, weight);
                SpanScore score = new SpanScore();
                for (Example example : heldOut) {
                    List<int[]> spans = tagger.spans(example.sentence().tokens(), example.vectors(), example.words()).stream()
                            .map(span -> new int[] {span.first(), span.end()}).toList();
                    score.add(example.sentence().typedSpans(), spans);
                }
                System.out.printf("%-28s %s%n", "epoch " + epoch + " outside*" + weight, score);
            }
        });
        // written for this printout, from trades TRAIN has no postings of: to see, not to choose by
        SkillSpanTagger tagger = new SkillSpanTagger(encoder, words, last, SkillSpanTagger.OUTSIDE_WEIGHT);
        // the same model as the service runs it: text split into sentences and lines, tokenised, encoded again
        SpanScore asText = new SpanScore();
        for (Example example : heldOut) {
            String text = example.sentence().text();
            asText.add(example.sentence().typedSpans(), example.sentence().tokenRanges(
                    tagger.tag(text).stream().map(span -> new int[] {span.start(), span.end()}).toList()));
        }
        System.out.printf("%-28s %s%n", "epoch " + settings.epochs() + " outside*" + SkillSpanTagger.OUTSIDE_WEIGHT + " as text", asText);
        for (String text : List.of("You will provide patient care and operate a forklift safely.",
                "Provide patient care to residents.", "Manage a team of five.", "Drive a delivery truck and load pallets.")) {
            System.out.println(text + " -> " + tagger.tag(text).stream().map(span -> text.substring(span.start(), span.end())).toList());
        }
    }

    /**
     * The model of both columns merged alone, against its spans united with those of one model per SkillSpan column
     * (skills, knowledge), for a grid of the three outside weights: scored on the held-out last tenth of TRAIN as
     * compare() scores. This is how SkillSpanTagger's three weights were chosen.
     */
    private static void compareColumns(ContextualTokens encoder, WordFeatures words, List<Example> examples, List<Example> heldOut) {
        Set<Example> held = Collections.newSetFromMap(new IdentityHashMap<>());
        held.addAll(heldOut);
        List<Example> fit = examples.stream().filter(example -> !held.contains(example)).toList();
        Settings settings = Settings.fromEnvironment(Settings.SHIPPED);
        SpanCrf both = ensemble(fit, settings, null);
        SpanCrf skill = ensemble(column(fit, "skill"), settings, null);
        SpanCrf knowledge = ensemble(column(fit, "knowledge"), settings, null);
        System.out.printf("%n%s columns%n%-36s %s%n", settings, "held-out tenth of TRAIN (last postings)", SpanScore.header());
        for (double weight : OUTSIDE_WEIGHTS) {
            System.out.printf("%-36s %s%n", "one model outside*" + weight, score(new SkillSpanTagger(encoder, words, both, weight), heldOut));
        }
        for (double mergedWeight : List.of(0.7, 0.6, 0.5)) {
            for (double skillWeight : List.of(1.0, 0.7, 0.5)) {
                for (double knowledgeWeight : List.of(1.0, 0.7, 0.6)) {
                    SkillSpanTagger united = new SkillSpanTagger(encoder, words, List.of(
                            new SkillSpanTagger.Reader(both, mergedWeight), new SkillSpanTagger.Reader(skill, skillWeight),
                            new SkillSpanTagger.Reader(knowledge, knowledgeWeight)));
                    System.out.printf("%-36s %s%n", "merged*" + mergedWeight + " skill*" + skillWeight + " knowledge*"
                            + knowledgeWeight, score(united, heldOut));
                }
            }
        }
    }

    private static SpanScore score(SkillSpanTagger tagger, List<Example> examples) {
        SpanScore score = new SpanScore();
        for (Example example : examples) {
            score.add(example.sentence().typedSpans(), tagger.spans(example.sentence().tokens(), example.vectors(), example.words())
                    .stream().map(span -> new int[] {span.first(), span.end()}).toList());
        }
        return score;
    }

    /** The examples tagged with one SkillSpan column's spans alone ("skill" or "knowledge"). */
    private static List<Example> column(List<Example> examples, String type) {
        return examples.stream().map(e -> new Example(e.sentence(), e.vectors(), e.words(), tags(e.sentence(), type))).toList();
    }

    /** Gold BIO tags of one SkillSpan column ("skill" or "knowledge"). */
    static int[] tags(SharedData.Sentence sentence, String type) {
        int[] tags = new int[sentence.tokens().size()];
        for (SharedData.GoldSpan span : sentence.typedSpans()) {
            if (span.type().equals(type)) {
                tags[span.start()] = SpanCrf.BEGIN;
                for (int t = span.start() + 1; t < span.end(); t++) {
                    tags[t] = SpanCrf.INSIDE;
                }
            }
        }
        return tags;
    }

    interface EpochEnd {
        void after(int epoch, SpanCrf model);
    }

    /**
     * The mean of settings.seeds() models, each fitted in its own order of the sentences and its own dropout draws.
     * A CRF's scores are linear in its weights, so the mean of the weights scores every tag sequence by the mean of
     * the models' scores: an ensemble that tags as fast as one model. epochEnd sees the ensemble after each epoch.
     */
    static SpanCrf ensemble(List<Example> examples, Settings settings, EpochEnd epochEnd) {
        List<List<SpanCrf>> byEpoch = new ArrayList<>();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            byEpoch.add(new ArrayList<>());
        }
        for (int s = 0; s < settings.seeds(); s++) {
            fit(examples, settings, SEED + s, epochEnd == null ? null : (epoch, model) -> byEpoch.get(epoch - 1).add(model));
        }
        SpanCrf last = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            List<SpanCrf> models = byEpoch.get(epoch - 1);
            if (epochEnd != null) {
                last = meanModel(models);
                epochEnd.after(epoch, last);
            }
        }
        if (epochEnd == null) {
            List<SpanCrf> models = new ArrayList<>();
            for (int s = 0; s < settings.seeds(); s++) {
                models.add(fit(examples, settings, SEED + s, null));
            }
            last = meanModel(models);
        }
        return last;
    }

    private static SpanCrf meanModel(List<SpanCrf> models) {
        SpanCrf sum = models.getFirst().emptyCopy();
        models.forEach(model -> model.addTo(sum));
        return sum.dividedBy(models.size());
    }

    /**
     * AdaGrad over the sentences, in an order drawn from the seed each epoch; the model returned is the mean of
     * the weights seen after the first epoch (averaged SGD), far steadier than the last ones.
     */
    static SpanCrf fit(List<Example> examples, Settings settings, long seed, EpochEnd epochEnd) {
        SpanCrf model = new SpanCrf(mean(examples), scale(examples), settings.window());
        List<SpanCrf.Features> features = examples.stream()
                .map(example -> model.features(example.sentence().tokens(), example.vectors(), example.words())).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        SpanCrf sum = model.emptyCopy();
        int snapshots = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            int seen = 0;
            for (int i : order) {
                model.learn(dropped(features.get(i), settings.dropout(), random), examples.get(i).tags(), settings.rate(),
                        settings.l2());
                if (epoch > 1 && ++seen % SNAPSHOT_EVERY == 0) {
                    model.addTo(sum);
                    snapshots++;
                }
            }
            if (epochEnd != null) {
                epochEnd.after(epoch, averaged(sum, snapshots, settings.dropout()));
            }
        }
        return averaged(sum, snapshots, settings.dropout());
    }

    /** The mean of the snapshots, its sparse weights scaled for tagging with all features (see SpanCrf.scaleSparse). */
    private static SpanCrf averaged(SpanCrf sum, int snapshots, double dropout) {
        SpanCrf mean = sum.dividedBy(Math.max(1, snapshots));
        mean.scaleSparse(1 - dropout);
        return mean;
    }

    /**
     * The sentence with each sparse feature left out at the given rate (the bias, first, always kept): a word seen in
     * a skill in TRAIN would otherwise decide alone, and the model would not learn to read the contextual vectors,
     * which are what carries it to words and trades TRAIN never had.
     */
    private static SpanCrf.Features dropped(SpanCrf.Features features, double dropout, Random random) {
        if (dropout == 0) {
            return features;
        }
        int[][] ids = new int[features.length()][];
        for (int t = 0; t < ids.length; t++) {
            int[] all = features.ids()[t];
            int[] kept = new int[all.length];
            int count = 0;
            for (int f = 0; f < all.length; f++) {
                if (f == 0 || random.nextDouble() >= dropout) {
                    kept[count++] = all[f];
                }
            }
            ids[t] = java.util.Arrays.copyOf(kept, count);
        }
        return new SpanCrf.Features(features.vectors(), ids);
    }

    private static float[] mean(List<Example> examples) {
        double[] sum = new double[ContextualTokens.DIMENSION];
        long count = 0;
        for (Example example : examples) {
            for (float[] vector : example.vectors()) {
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += vector[k];
                }
                count++;
            }
        }
        float[] mean = new float[sum.length];
        for (int k = 0; k < sum.length; k++) {
            mean[k] = (float) (sum[k] / count);
        }
        return mean;
    }

    /** 1 / standard deviation per dimension. */
    private static float[] scale(List<Example> examples) {
        float[] mean = mean(examples);
        double[] squares = new double[mean.length];
        long count = 0;
        for (Example example : examples) {
            for (float[] vector : example.vectors()) {
                for (int k = 0; k < squares.length; k++) {
                    double d = vector[k] - mean[k];
                    squares[k] += d * d;
                }
                count++;
            }
        }
        float[] scale = new float[mean.length];
        for (int k = 0; k < scale.length; k++) {
            scale[k] = (float) (1 / Math.sqrt(squares[k] / count + 1e-6));
        }
        return scale;
    }

    /**
     * Gold BIO tags of a sentence, the two columns merged. A BIO tagger cannot tag nested or overlapping spans, so
     * where a knowledge span sits inside a skill span (or they overlap) the longer one is kept.
     */
    static int[] tags(SharedData.Sentence sentence) {
        List<SharedData.GoldSpan> longestFirst = sentence.typedSpans().stream()
                .sorted(Comparator.comparingInt((SharedData.GoldSpan span) -> span.start() - span.end())
                        .thenComparingInt(SharedData.GoldSpan::start))
                .toList();
        int[] tags = new int[sentence.tokens().size()];
        List<SharedData.GoldSpan> kept = new ArrayList<>();
        for (SharedData.GoldSpan span : longestFirst) {
            if (kept.stream().noneMatch(other -> other.start() < span.end() && span.start() < other.end())) {
                kept.add(span);
                tags[span.start()] = SpanCrf.BEGIN;
                for (int t = span.start() + 1; t < span.end(); t++) {
                    tags[t] = SpanCrf.INSIDE;
                }
            }
        }
        return tags;
    }

    /** The sentences' contextual vectors, computed once and kept in target/ (about a minute per file here). */
    private static List<float[][]> vectors(ContextualTokens encoder, String file, List<SharedData.Sentence> sentences)
            throws IOException {
        Path cache = Path.of("target/skill-tagger/" + file + ".vectors");
        List<float[][]> vectors = new ArrayList<>();
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                if (in.readInt() == sentences.size()) {
                    for (SharedData.Sentence sentence : sentences) {
                        float[][] sentenceVectors = new float[sentence.tokens().size()][ContextualTokens.DIMENSION];
                        for (float[] vector : sentenceVectors) {
                            for (int k = 0; k < vector.length; k++) {
                                vector[k] = in.readFloat();
                            }
                        }
                        vectors.add(sentenceVectors);
                    }
                    return vectors;
                }
            }
        }
        for (SharedData.Sentence sentence : sentences) {
            vectors.add(encoder.vectors(sentence.tokens()));
        }
        Files.createDirectories(cache.getParent());
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(sentences.size());
            for (float[][] sentenceVectors : vectors) {
                for (float[] vector : sentenceVectors) {
                    for (float value : vector) {
                        out.writeFloat(value);
                    }
                }
            }
        }
        return vectors;
    }
}
