package com.jobmatch.ai.skills;

import jakarta.enterprise.context.ApplicationScoped;

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
 * "Python"), with a conditional random field over contextual token vectors (SpanCrf over ContextualTokens) trained on
 * SkillSpan (see SkillTaggerTraining; the model is shipped in the jar). It says where skills are, not which ones:
 * SkillExtractor links the spans to the taxonomy.
 */
@ApplicationScoped
public class SkillSpanTagger {

    public static final String MODEL_RESOURCE = "models/skill-spans-crf.bin";

    /** A tagged phrase: its character range in the text and the tagger's probability for it. */
    public record TaggedSpan(int start, int end, double probability) {
    }

    /** A tagged phrase as a token range [first, end) of its sentence and the mean probability of its tags. */
    public record TokenSpan(int first, int end, double probability) {
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
     * The weight on the probability of the "outside" tag when decoding (its log is added to that tag's score): below
     * 1 the tagger proposes more spans. Chosen on the held-out tenth of SkillSpan TRAIN, the last postings of each
     * file, with SkillTaggerTraining (TAGGER_MODE=compare; dev was not used) as the best exact F1 and the best mean of
     * exact and overlap F1: weight 1 gave .391/.684, 0.7 .400/.752, 0.6 .415/.776, 0.5 .403/.784, 0.4 .394/.783
     * (exact/overlap F1). 0.7, the earlier value, was chosen on every tenth sentence, which shares postings with
     * the sentences the model was fitted on.
     */
    public static final double OUTSIDE_WEIGHT = 0.6;

    /**
     * Tokens no SkillSpan TRAIN span starts or ends with (none of its 5,190 spans does); the tagger sometimes runs a
     * span on into the next item ("manage a team and"), so they are trimmed off a span's edges.
     */
    private static final Set<String> NEVER_AT_EDGE = Set.of("and", "or", ",", ";", ":", "&", "with", "of", "for", "the");

    private final ContextualTokens encoder;
    private final WordFeatures words;
    private final SpanCrf model;
    private final double outsideBias;

    public SkillSpanTagger() {
        this(new ContextualTokens(), new WordFeatures(), shippedModel(), OUTSIDE_WEIGHT);
    }

    /** A tagger over another model, for training and comparing models. */
    public SkillSpanTagger(ContextualTokens encoder, WordFeatures words, SpanCrf model, double outsideWeight) {
        this.encoder = encoder;
        this.words = words;
        this.model = model;
        this.outsideBias = Math.log(outsideWeight);
    }

    private static SpanCrf shippedModel() {
        try (InputStream in = SkillSpanTagger.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Skill tagger model missing from the classpath: " + MODEL_RESOURCE);
            }
            return SpanCrf.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the skill tagger model " + MODEL_RESOURCE, e);
        }
    }

    /** The skill phrases of the text, in order, as character ranges. */
    public List<TaggedSpan> tag(String text) {
        List<TaggedSpan> spans = new ArrayList<>();
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (sentenceStart < text.length()) {
            int sentenceEnd = end.find() ? end.start() : text.length();
            tagSentence(text, sentenceStart, sentenceEnd, spans);
            sentenceStart = sentenceEnd == text.length() ? sentenceEnd : end.end();
        }
        return spans;
    }

    private void tagSentence(String text, int from, int to, List<TaggedSpan> spans) {
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
        for (TokenSpan found : spans(tokens)) {
            spans.add(new TaggedSpan(offsets.get(found.first())[0], offsets.get(found.end() - 1)[1], found.probability()));
        }
    }

    /**
     * The skill spans of one tokenised sentence, edges trimmed of words no skill starts or ends with.
     */
    public List<TokenSpan> spans(List<String> tokens) {
        return spans(tokens, encoder.vectors(tokens), words == null ? null : words.of(tokens));
    }

    /** As spans(tokens), with the tokens' contextual vectors and word features already computed (training keeps them). */
    public List<TokenSpan> spans(List<String> tokens, float[][] vectors, String[][] wordFeatures) {
        SpanCrf.Features features = model.features(tokens, vectors, wordFeatures);
        int[] tags = model.decode(features, outsideBias);
        double[][] marginals = model.marginals(features, outsideBias);
        List<TokenSpan> found = new ArrayList<>();
        int t = 0;
        while (t < tags.length) {
            if (tags[t] == SpanCrf.OUTSIDE) {
                t++;
                continue;
            }
            int first = t;
            double probability = marginals[t][tags[t]];
            t++;
            while (t < tags.length && tags[t] == SpanCrf.INSIDE) {
                probability += marginals[t][SpanCrf.INSIDE];
                t++;
            }
            probability /= t - first;
            int last = t - 1;
            while (first <= last && NEVER_AT_EDGE.contains(tokens.get(first).toLowerCase(Locale.ROOT))) {
                first++;
            }
            while (last >= first && NEVER_AT_EDGE.contains(tokens.get(last).toLowerCase(Locale.ROOT))) {
                last--;
            }
            if (first <= last && namesSomething(tokens.subList(first, last + 1))) {
                found.add(new TokenSpan(first, last + 1, probability));
            }
        }
        return found;
    }

    /**
     * A span without a letter or a digit (a stray symbol, a zero-width character) names no skill, and the encoder
     * that links spans refuses text that tokenises to nothing.
     */
    private static boolean namesSomething(List<String> tokens) {
        return tokens.stream().anyMatch(token -> token.codePoints().anyMatch(Character::isLetterOrDigit));
    }
}
