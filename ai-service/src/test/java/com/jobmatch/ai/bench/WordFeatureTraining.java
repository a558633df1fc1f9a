package com.jobmatch.ai.bench;

import com.jobmatch.ai.skills.WordFeatures;
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
import java.util.Map;

/**
 * Builds src/main/resources/models/skill-spans.bin: the earlier maximum-entropy skill tagger (Apache OpenNLP name
 * finder) trained on SkillSpan TRAIN, whose feature generators (with the ESCO word lists and the part-of-speech model
 * they read, all stored in the model) now give the CRF tagger its word features (WordFeatures); its maximum-entropy
 * weights are not used. Run with TAGGER_MODE=word-features bench/train-skill-tagger.sh, before retraining the CRF
 * (SkillTaggerTraining), which reads these features. GIS training on one thread has no randomness.
 */
@Tag("bench")
class WordFeatureTraining {

    /** A way to train (kept as it was chosen, see the README's history of the maximum-entropy tagger). */
    record Variant(String name, boolean mergedType, SequenceCodec<String> codec, String algorithm, int iterations,
                   int cutoff, boolean lexicons, boolean pos) {
    }

    static final Variant SHIPPED = new Variant("lexicons-pos", true, new BioCodec(), "MAXENT", 150, 1, true, true);

    /** OpenNLP's English part-of-speech model (Maven Central, opennlp-models-pos-en; trained on UD English EWT). */
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final Path MODEL = Path.of("src/main/resources/" + WordFeatures.MODEL_RESOURCE);

    @Test
    void train() throws IOException {
        Path folder = SharedData.file("skill-extraction/skillspan");
        Assumptions.assumeTrue(Files.exists(folder), "no shared data at " + SharedData.root() + ": skipped");
        List<SharedData.Sentence> sentences = new ArrayList<>();
        for (String file : List.of("skillspan_house_train.conll", "skillspan_tech_train.conll")) {
            sentences.addAll(SharedData.skillSpan(folder.resolve(file)));
        }
        Assumptions.assumeTrue("word-features".equals(System.getenv("TAGGER_MODE")), "TAGGER_MODE=word-features: skipped");
        TokenNameFinderModel model = train(sentences, SHIPPED);
        try (OutputStream out = Files.newOutputStream(MODEL)) {
            model.serialize(out);
        }
        System.out.printf("%nSkill tagger word features (%s) trained on %d sentences: %s (%d bytes)%n", SHIPPED.name(), sentences.size(),
                MODEL.toAbsolutePath(), Files.size(MODEL));
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
            Span candidate = new Span(span.start(), span.end(), mergedType ? "skill" : span.type());
            if (kept.stream().noneMatch(other -> other.intersects(candidate))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Span::getStart));
        return new NameSample(sentence.tokens().toArray(String[]::new), kept.toArray(Span[]::new), true);
    }
}
