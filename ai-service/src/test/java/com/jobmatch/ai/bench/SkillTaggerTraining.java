package com.jobmatch.ai.bench;

import com.jobmatch.ai.skills.SkillSpanTagger;
import com.jobmatch.ai.skills.WordClusterFeatures;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains the skill-span tagger shipped in src/main/resources/models from SkillSpan TRAIN (house + tech; MIT). Run
 * with bench/train-skill-tagger.sh. TAGGER_MODE=compare trains the variants on nine tenths of TRAIN and scores them
 * on the other tenth (every tenth sentence), which is how the shipped variant was chosen; dev is never looked at.
 * The default mode trains the chosen variant on all of TRAIN and writes the model. GIS maximum entropy training
 * has no randomness and runs on one thread here, so a re-run gives the same model.
 */
@Tag("bench")
class SkillTaggerTraining {

    /** A way to train: one merged span type or SkillSpan's two, with BIO or BILOU tags. */
    record Variant(String name, boolean mergedType, SequenceCodec<String> codec, String algorithm, int iterations,
                   int cutoff, boolean lexicons, boolean pos, boolean clusters) {

        Variant(String name, boolean mergedType, SequenceCodec<String> codec, String algorithm, int iterations, int cutoff,
                boolean lexicons) {
            this(name, mergedType, codec, algorithm, iterations, cutoff, lexicons, false, false);
        }
    }

    /**
     * The variant shipped: the best mean of exact and overlap F1 on the held-out tenth of TRAIN, at the outside weight
     * each variant does best with. 2026-12 runs, P/R/F1 exact; F1 by overlap (outside weight 1 unless said):
     * merged-bio .525/.340/.412, .670; merged-bilou .576/.293/.388, .597; two-types-bio .554/.331/.414, .624;
     * merged-bilou-cutoff1 .606/.299/.401, .584; merged-bio-cutoff1 .550/.340/.420, .662; merged-bio-perceptron
     * .440/.346/.388, .723 (finds more, with looser edges); merged-bio-cutoff1-lexicons .538/.348/.423, .675, at outside
     * weight 0.35 .435/.406/.420, .707 (skill recall .370); merged-bio-qn-lexicons (L2-regularised) .580/.318/.411,
     * .656 and ten times slower to train. Part of speech (OpenNLP's UD EWT model, window +-2), at 0.35:
     * lexicons-pos .450/.410/.429, .728 (skill recall .370), shipped; with embedding clusters of the words as well
     * (WordClusters, fine +-1 and coarse +-2): lexicons-pos-clusters .440/.421/.430, .731 (skill recall .384), within
     * noise of part of speech alone, and trained on all of TRAIN it tagged only "Provide" of "Provide patient care"
     * in SkillSpanTaggerTest, so the simpler model is shipped.
     */
    static final Variant SHIPPED = new Variant("lexicons-pos", true, new BioCodec(), "MAXENT", 150, 1, true, true, false);

    static final List<Variant> COMPARED = List.of(
            new Variant("merged-bio", true, new BioCodec(), "MAXENT", 150, 2, false),
            new Variant("merged-bilou", true, new BilouCodec(), "MAXENT", 150, 2, false),
            new Variant("two-types-bio", false, new BioCodec(), "MAXENT", 150, 2, false),
            new Variant("merged-bilou-cutoff1", true, new BilouCodec(), "MAXENT", 150, 1, false),
            new Variant("merged-bio-cutoff1-lexicons", true, new BioCodec(), "MAXENT", 150, 1, true),
            new Variant("merged-bio-perceptron", true, new BioCodec(), "PERCEPTRON", 300, 1, false),
            new Variant("merged-bio-qn-lexicons", true, new BioCodec(), "MAXENT_QN", 150, 1, true),
            new Variant("merged-bio-qn", true, new BioCodec(), "MAXENT_QN", 150, 1, false),
            SHIPPED,
            new Variant("lexicons-clusters", true, new BioCodec(), "MAXENT", 150, 1, true, false, true),
            new Variant("lexicons-pos-clusters", true, new BioCodec(), "MAXENT", 150, 1, true, true, true),
            new Variant("lexicons-pos-clusters-300", true, new BioCodec(), "MAXENT", 300, 1, true, true, true),
            new Variant("lexicons-pos-clusters-perceptron", true, new BioCodec(), "PERCEPTRON", 300, 1, true, true, true));

    /** The weights on the "outside" tag tried for the shipped variant (SkillSpanTagger.OUTSIDE_WEIGHT). */
    private static final List<Double> OUTSIDE_WEIGHTS = List.of(1.0, 0.7, 0.5, 0.35, 0.25, 0.15);

    /** OpenNLP's English part-of-speech model (Maven Central, opennlp-models-pos-en; trained on UD English EWT). */
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final Path MODEL = Path.of("src/main/resources/" + SkillSpanTagger.MODEL_RESOURCE);

    @Test
    void train() throws IOException {
        Path folder = SharedData.file("skill-extraction/skillspan");
        Assumptions.assumeTrue(Files.exists(folder), "no shared data at " + SharedData.root() + ": skipped");
        List<SharedData.Sentence> sentences = new ArrayList<>();
        for (String file : List.of("skillspan_house_train.conll", "skillspan_tech_train.conll")) {
            sentences.addAll(SharedData.skillSpan(folder.resolve(file)));
        }
        if ("compare".equals(System.getenv("TAGGER_MODE"))) {
            compare(sentences);
            return;
        }
        TokenNameFinderModel model = train(sentences, SHIPPED);
        try (OutputStream out = Files.newOutputStream(MODEL)) {
            model.serialize(out);
        }
        System.out.printf("%nSkill tagger %s trained on %d sentences: %s (%d bytes)%n", SHIPPED.name(), sentences.size(),
                MODEL.toAbsolutePath(), Files.size(MODEL));
    }

    private static void compare(List<SharedData.Sentence> sentences) throws IOException {
        List<SharedData.Sentence> fit = new ArrayList<>();
        List<SharedData.Sentence> heldOut = new ArrayList<>();
        String only = System.getenv().getOrDefault("TAGGER_VARIANTS", "");
        for (int i = 0; i < sentences.size(); i++) {
            (i % 10 == 9 ? heldOut : fit).add(sentences.get(i));
        }
        System.out.printf("%n%-24s %s%n", "held-out tenth of TRAIN", SpanScore.header());
        for (Variant variant : COMPARED) {
            if (!only.isEmpty() && !List.of(only.split(",")).contains(variant.name())) {
                continue;
            }
            byte[] model = serialised(train(fit, variant));
            for (double weight : OUTSIDE_WEIGHTS) {
                SkillSpanTagger tagger = new SkillSpanTagger(model, weight);
                SpanScore score = new SpanScore();
                for (SharedData.Sentence sentence : heldOut) {
                    List<int[]> spans = tagger.tag(sentence.text()).stream().map(span -> new int[] {span.start(), span.end()}).toList();
                    score.add(sentence.typedSpans(), sentence.tokenRanges(spans));
                }
                System.out.printf("%-24s %s%n", variant.name() + (weight == 1 ? "" : " outside*" + weight), score);
            }
        }
    }

    private static byte[] serialised(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        return bytes.toByteArray();
    }

    static TokenNameFinderModel train(List<SharedData.Sentence> sentences, Variant variant) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, variant.algorithm());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, variant.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, variant.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // L2 regularisation (quasi-Newton maximum entropy only) keeps rare words from deciding alone
        parameters.put("L1Cost", 0.0);
        parameters.put("L2Cost", 1.0);
        String features = resource("/skill-tagger/features.xml");
        Map<String, Object> resources = new HashMap<>(variant.lexicons() ? EscoLexicons.read() : EscoLexicons.empty());
        StringBuilder extra = new StringBuilder();
        if (variant.pos()) {
            extra.append(resource("/skill-tagger/pos.xml"));
            try (InputStream in = SkillTaggerTraining.class.getResourceAsStream("/" + POS_MODEL)) {
                resources.put("ud-ewt-pos.bin", new POSModel(in));
            }
        }
        if (variant.clusters()) {
            extra.append(resource("/skill-tagger/clusters.xml"));
            List<WordClusterFeatures.Table> clusters = WordClusters.build(vocabulary(sentences));
            resources.put("minilm-fine.clusters", clusters.get(0));
            resources.put("minilm-coarse.clusters", clusters.get(1));
        }
        int end = features.lastIndexOf("  </generator>");
        byte[] descriptor = (features.substring(0, end) + extra + features.substring(end)).getBytes(StandardCharsets.UTF_8);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor, resources, variant.codec());
        List<NameSample> samples = sentences.stream().map(sentence -> sample(sentence, variant.mergedType())).toList();
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters, factory);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SkillTaggerTraining.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The words to cluster: the training sentences' words and the ESCO labels' words, lower case, with a letter. */
    private static List<String> vocabulary(List<SharedData.Sentence> sentences) throws IOException {
        Set<String> words = new TreeSet<>(EscoLexicons.labelWords());
        for (SharedData.Sentence sentence : sentences) {
            for (String token : sentence.tokens()) {
                String word = token.toLowerCase(Locale.ROOT);
                if (word.chars().anyMatch(Character::isLetter) && !word.contains(" ")) {
                    words.add(word);
                }
            }
        }
        words.removeIf(word -> word.chars().noneMatch(Character::isLetter) || word.contains(" "));
        return List.copyOf(words);
    }

    /**
     * A sentence as a training sample. A name finder cannot tag nested or overlapping spans, so where a knowledge
     * span sits inside a skill span (or they overlap) the longer one is kept.
     */
    private static NameSample sample(SharedData.Sentence sentence, boolean mergedType) {
        List<SharedData.GoldSpan> longestFirst = sentence.typedSpans().stream()
                .sorted(Comparator.comparingInt((SharedData.GoldSpan span) -> span.start() - span.end())
                        .thenComparingInt(SharedData.GoldSpan::start))
                .toList();
        List<Span> kept = new ArrayList<>();
        for (SharedData.GoldSpan span : longestFirst) {
            Span candidate = new Span(span.start(), span.end(), mergedType ? SkillSpanTagger.SPAN_TYPE : span.type());
            if (kept.stream().noneMatch(other -> other.intersects(candidate))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Span::getStart));
        return new NameSample(sentence.tokens().toArray(String[]::new), kept.toArray(Span[]::new), true);
    }
}
