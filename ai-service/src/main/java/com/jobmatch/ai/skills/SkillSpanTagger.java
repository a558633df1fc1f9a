package com.jobmatch.ai.skills;

import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a text that name a skill or competence ("provide patient care", "operate a forklift",
 * "Python"), with a maximum-entropy sequence tagger trained on SkillSpan (see SkillTaggerTraining; the model is
 * shipped in the jar). It says where skills are, not which ones: SkillExtractor links the spans to the taxonomy.
 */
@ApplicationScoped
public class SkillSpanTagger {

    public static final String MODEL_RESOURCE = "models/skill-spans.bin";

    /** The span type the shipped model tags (SkillSpan's skill and knowledge columns merged). */
    public static final String SPAN_TYPE = "skill";

    /** A tagged phrase: its character range in the text and the tagger's probability for it. */
    public record TaggedSpan(int start, int end, double probability) {
    }

    /**
     * SkillSpan's tokens are words with their punctuation split off, but inner punctuation kept ("full-stack",
     * "Node.js", "C++", "3+"): a word is letters or digits joined by inner . - ' / &, then trailing + or #.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}_]+(?:[.\\-'’/&][\\p{L}\\p{N}_]+)*[+#]*|\\S");

    /** Sentence and line ends; the model saw one sentence at a time. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\s*[\\r\\n•]+\\s*");

    /**
     * The weight on the probability of the "outside" tag when decoding. The trained model is cautious (on the
     * held-out tenth of TRAIN it found a third of the spans at over half precision) and says "outside" for words it
     * never saw in a skill ("forklift"); weighting that tag down makes it propose more spans. Chosen on the held-out
     * tenth of TRAIN with SkillTaggerTraining (TAGGER_MODE=compare; dev was not used) as the best mean of exact and
     * overlap F1: weight 1 gave .415/.668, 0.7 .402/.687, 0.5 .411/.703, 0.35 .411/.707, 0.25 .391/.717, 0.15
     * .356/.701 (exact/overlap F1); recall of the skill column rose from .28 to .36 at 0.35.
     */
    public static final double OUTSIDE_WEIGHT = 0.35;

    /**
     * Tokens no SkillSpan TRAIN span starts or ends with (none of its 5,190 spans does); the tagger sometimes runs a
     * span on into the next item ("manage a team and"), so they are trimmed off a span's edges.
     */
    private static final Set<String> NEVER_AT_EDGE = Set.of("and", "or", ",", ";", ":", "&", "with", "of", "for", "the");

    private final TokenNameFinderModel model;

    /** NameFinderME keeps per-call state, so each thread gets its own over the one shared model. */
    private final ThreadLocal<NameFinderME> finders;

    public SkillSpanTagger() {
        try (InputStream in = SkillSpanTagger.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Skill tagger model missing from the classpath: " + MODEL_RESOURCE);
            }
            this.model = new WeightedModel(in, OUTSIDE_WEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the skill tagger model " + MODEL_RESOURCE, e);
        }
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** A tagger over another model (a serialised TokenNameFinderModel), for training and comparing models. */
    public SkillSpanTagger(byte[] serialisedModel, double outsideWeight) throws IOException {
        this.model = new WeightedModel(new ByteArrayInputStream(serialisedModel), outsideWeight);
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The skill phrases of the text, in order, as character ranges. */
    public List<TaggedSpan> tag(String text) {
        List<TaggedSpan> spans = new ArrayList<>();
        NameFinderME finder = finders.get();
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (sentenceStart < text.length()) {
            int sentenceEnd = end.find() ? end.start() : text.length();
            tagSentence(text, sentenceStart, sentenceEnd, finder, spans);
            sentenceStart = sentenceEnd == text.length() ? sentenceEnd : end.end();
        }
        return spans;
    }

    private static void tagSentence(String text, int from, int to, NameFinderME finder, List<TaggedSpan> spans) {
        List<int[]> offsets = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text).region(from, to);
        while (token.find()) {
            offsets.add(new int[] {token.start(), token.end()});
            tokens.add(token.group());
        }
        if (tokens.isEmpty()) {
            return;
        }
        Span[] found = finder.find(tokens.toArray(String[]::new));
        double[] probabilities = finder.probs(found);
        for (int i = 0; i < found.length; i++) {
            int first = found[i].getStart();
            int last = found[i].getEnd() - 1;
            while (first <= last && NEVER_AT_EDGE.contains(tokens.get(first).toLowerCase(Locale.ROOT))) {
                first++;
            }
            while (last >= first && NEVER_AT_EDGE.contains(tokens.get(last).toLowerCase(Locale.ROOT))) {
                last--;
            }
            if (first <= last) {
                spans.add(new TaggedSpan(offsets.get(first)[0], offsets.get(last)[1], probabilities[i]));
            }
        }
        finder.clearAdaptiveData();
    }

    /** A name finder model whose beam search sees the "outside" tag's probability weighted (see OUTSIDE_WEIGHT). */
    private static final class WeightedModel extends TokenNameFinderModel {

        private final double outsideWeight;

        WeightedModel(InputStream in, double outsideWeight) throws IOException {
            super(in);
            this.outsideWeight = outsideWeight;
        }

        @Override
        public SequenceClassificationModel getNameFinderSequenceModel() {
            String beamSize = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
            MaxentModel tags = getArtifact("nameFinder.model");
            return new BeamSearch(beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize),
                    new OutsideWeighted(tags, outsideWeight));
        }
    }

    /** The tag model with the "outside" probability multiplied by a weight and the distribution renormalised. */
    private record OutsideWeighted(MaxentModel tags, double weight) implements MaxentModel {

        @Override
        public double[] eval(String[] context) {
            return weighted(tags.eval(context));
        }

        @Override
        public double[] eval(String[] context, double[] probabilities) {
            return weighted(tags.eval(context, probabilities));
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return weighted(tags.eval(context, values));
        }

        private double[] weighted(double[] probabilities) {
            int outside = tags.getIndex(NameFinderME.OTHER);
            probabilities[outside] *= weight;
            double sum = 0;
            for (double probability : probabilities) {
                sum += probability;
            }
            for (int i = 0; i < probabilities.length; i++) {
                probabilities[i] /= sum;
            }
            return probabilities;
        }

        @Override
        public String getBestOutcome(double[] probabilities) {
            return tags.getBestOutcome(probabilities);
        }

        @Override
        public String getAllOutcomes(double[] probabilities) {
            return tags.getAllOutcomes(probabilities);
        }

        @Override
        public String getOutcome(int index) {
            return tags.getOutcome(index);
        }

        @Override
        public int getIndex(String outcome) {
            return tags.getIndex(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return tags.getNumOutcomes();
        }
    }
}
