package com.jobmatch.ai.skills;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a text that name a skill or competence ("provide patient care", "operate a forklift",
 * "Python"), with conditional random fields over contextual token vectors (SpanCrf over ContextualTokens) trained on
 * SkillSpan (see SkillTaggerTraining; the models are shipped in the jar). It says where skills are, not which ones:
 * SkillExtractor links the spans to the taxonomy.
 * <p>
 * Three models read each sentence and their spans are united: one trained on SkillSpan's two columns merged (skills
 * and knowledge as one kind of span), one on the skill column alone and one on the knowledge column alone. Each
 * column has its own edges ("manage a team" against "Java"), which the merged model blurs, while the merged model
 * learns what any span looks like from both; a span one of them finds and the others miss, or finds with other
 * edges, is kept beside theirs (see the README for the held-out figures).
 */
@ApplicationScoped
public class SkillSpanTagger {

    /** The model of both columns merged. */
    public static final String MODEL_RESOURCE = "models/skill-spans-crf.bin";
    /** The model of SkillSpan's skill column alone. */
    public static final String SKILL_MODEL_RESOURCE = "models/skill-spans-crf-skill.bin";
    /** The model of SkillSpan's knowledge column alone. */
    public static final String KNOWLEDGE_MODEL_RESOURCE = "models/skill-spans-crf-knowledge.bin";

    /** A tagged phrase: its character range in the text and the tagger's probability for it. */
    public record TaggedSpan(int start, int end, double probability) {
    }

    /** A tagged phrase as a token range [first, end) of its sentence and the mean probability of its tags. */
    public record TokenSpan(int first, int end, double probability) {
    }

    /**
     * A model and the weight on the probability of its "outside" tag when decoding (its log is added to that tag's
     * score): below 1 the model proposes more spans.
     */
    public record Reader(SpanCrf model, double outsideWeight) {
    }

    /**
     * SkillSpan's tokens are words with their punctuation split off, but inner punctuation kept ("full-stack",
     * "Node.js", "C++", "3+"): a word is letters or digits joined by inner . - ' / &, then trailing + or #.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}_]+(?:[.\\-'’/&][\\p{L}\\p{N}_]+)*[+#]*|\\S");

    /** Sentence and line ends; the models saw one sentence at a time. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\s*[\\r\\n•]+\\s*");

    /**
     * The outside weights of the three models, chosen together on the held-out tenth of SkillSpan TRAIN, the last
     * postings of each file, with SkillTaggerTraining (TAGGER_MODE=columns; dev was not used). The merged model alone
     * was best at 0.6 (exact/overlap F1 .415/.776 then), which stays {@link #OUTSIDE_WEIGHT}.
     */
    public static final double OUTSIDE_WEIGHT = 0.6;
    public static final double SKILL_OUTSIDE_WEIGHT = 1.0;
    public static final double KNOWLEDGE_OUTSIDE_WEIGHT = 0.7;

    /**
     * Tokens no SkillSpan TRAIN span starts or ends with (none of its 5,190 spans does); the tagger sometimes runs a
     * span on into the next item ("manage a team and"), so they are trimmed off a span's edges.
     */
    private static final Set<String> NEVER_AT_EDGE = Set.of("and", "or", ",", ";", ":", "&", "with", "of", "for", "the");

    private final ContextualTokens encoder;
    private final WordFeatures words;
    private final List<Reader> readers;

    public SkillSpanTagger() {
        this(new ContextualTokens(), new WordFeatures(), List.of(
                new Reader(shippedModel(MODEL_RESOURCE), OUTSIDE_WEIGHT),
                new Reader(shippedModel(SKILL_MODEL_RESOURCE), SKILL_OUTSIDE_WEIGHT),
                new Reader(shippedModel(KNOWLEDGE_MODEL_RESOURCE), KNOWLEDGE_OUTSIDE_WEIGHT)));
    }

    /** A tagger over one other model, for training and comparing models. */
    public SkillSpanTagger(ContextualTokens encoder, WordFeatures words, SpanCrf model, double outsideWeight) {
        this(encoder, words, List.of(new Reader(model, outsideWeight)));
    }

    /** A tagger whose spans are those of all the models, united. */
    public SkillSpanTagger(ContextualTokens encoder, WordFeatures words, List<Reader> readers) {
        this.encoder = encoder;
        this.words = words;
        this.readers = List.copyOf(readers);
    }

    private static SpanCrf shippedModel(String resource) {
        try (InputStream in = SkillSpanTagger.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Skill tagger model missing from the classpath: " + resource);
            }
            return SpanCrf.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the skill tagger model " + resource, e);
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

    /**
     * As spans(tokens), with the tokens' contextual vectors and word features already computed (training keeps them):
     * every model's spans in order of their first token, a span two models find once, with the higher probability.
     */
    public List<TokenSpan> spans(List<String> tokens, float[][] vectors, String[][] wordFeatures) {
        List<TokenSpan> found = new ArrayList<>();
        for (Reader reader : readers) {
            for (TokenSpan span : spans(reader, tokens, vectors, wordFeatures)) {
                int same = indexOf(found, span);
                if (same < 0) {
                    found.add(span);
                } else if (span.probability() > found.get(same).probability()) {
                    found.set(same, span);
                }
            }
        }
        found.sort(Comparator.comparingInt(TokenSpan::first).thenComparingInt(TokenSpan::end));
        return found;
    }

    private static int indexOf(List<TokenSpan> spans, TokenSpan span) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).first() == span.first() && spans.get(i).end() == span.end()) {
                return i;
            }
        }
        return -1;
    }

    /** One model's spans, edges trimmed of words no skill starts or ends with. */
    private static List<TokenSpan> spans(Reader reader, List<String> tokens, float[][] vectors, String[][] wordFeatures) {
        SpanCrf model = reader.model();
        double outsideBias = Math.log(reader.outsideWeight());
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
