package com.jobmatch.ai.bench;

import com.jobmatch.ai.embeddings.Embedder;
import com.jobmatch.ai.skills.SkillExtractor;
import com.jobmatch.ai.skills.SkillExtractor.Phrases;
import com.jobmatch.ai.skills.SkillSpanTagger;
import com.jobmatch.ai.skills.TaxonomyIndex;
import com.jobmatch.common.testing.Resamples;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.TaxonomySkill;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Span precision, recall and F1 on SkillSpan dev, and ESCO linking (span recall@5, sentence R-Precision@5) on the
 * ESCO-linked validation sets, for the extractor before the tagger (dictionary, clause fragments: the baseline)
 * and with it, in the same run; the tagger's spans are also scored alone and before the taxonomy link drops any. The taxonomy is built from
 * ../shared/data/taxonomy/esco for this evaluation only (matching-service owns the shipped one). Run with
 * bench/skill-extraction.sh; EVAL_SENTENCES limits the sentences per SkillSpan file (default 600).
 */
@QuarkusTest
@Tag("bench")
class SkillExtractionEvaluation {

    /** The centroid linker's settings, chosen in linkingMethods on held-out ESCO alternative labels. */
    static final double CENTROID_NAME_WEIGHT = 0.0;
    static final boolean CENTROIDS_KEEP_NAMES = true;

    @Inject
    Embedder embedder;

    @Inject
    SkillExtractor extractor;

    @Inject
    SkillSpanTagger tagger;

    @Test
    void spansAndLinking() throws IOException {
        Path esco = SharedData.file("taxonomy/esco/skills_en_full_preferred_alt_type.csv");
        Assumptions.assumeTrue(Files.exists(esco), "no shared data at " + SharedData.root() + ": skipped");
        List<TaxonomySkill> skills = escoSkills(esco);
        long started = System.nanoTime();
        // EVAL_SYNONYMS=true embeds the ~112k alternative labels too for the new extractor, as
        // jobmatch.ai.taxonomy.embed-synonyms does (off by default there, so here too)
        List<TaxonomyIndex.Label> nameLabels = embeddedLabels(skills, false);
        TaxonomyIndex namesOnly = new TaxonomyIndex("esco-eval", skills, nameLabels);
        boolean synonyms = Boolean.parseBoolean(System.getenv().getOrDefault("EVAL_SYNONYMS", "false"));
        TaxonomyIndex withSynonyms = synonyms ? embedded(skills, true) : namesOnly;
        TaxonomyIndex dictionaryOnly = new TaxonomyIndex("esco-eval", skills, List.of());
        // one vector per skill from its name and alternative labels (SkillCentroids; chosen in linkingMethods)
        List<TaxonomyIndex.Label> centroidLabels = SkillCentroids.of(allLabels(skills), CENTROID_NAME_WEIGHT, Set.of(), CENTROIDS_KEEP_NAMES);
        TaxonomyIndex centroids = new TaxonomyIndex("esco-eval", skills, centroidLabels);
        System.out.printf("%nESCO taxonomy: %d skills, %d dictionary keys, label embeddings in %.1f s (cached in target/)%n",
                skills.size(), dictionaryOnly.dictionary().size(), (System.nanoTime() - started) / 1e9);

        int limit = Integer.parseInt(System.getenv().getOrDefault("EVAL_SENTENCES", "600"));
        Map<String, List<List<SpanScore>>> intervals = new LinkedHashMap<>();
        System.out.printf("%n%-30s %-34s %s%n", "SkillSpan dev", "method", SpanScore.header());
        for (String file : List.of("skillspan_house_dev.conll", "skillspan_tech_dev.conll")) {
            List<SharedData.Sentence> sentences = SharedData.skillSpan(SharedData.file("skill-extraction/skillspan/" + file));
            sentences = sentences.subList(0, Math.min(limit, sentences.size()));
            String label = file.replace("skillspan_", "").replace(".conll", "") + " (" + sentences.size() + ")";
            spanScores(label, "baseline: dictionary", sentences, text -> extracted(text, dictionaryOnly, Phrases.FRAGMENTS));
            List<SpanScore> baseline = spanScores(label, "baseline: dictionary+fragments", sentences,
                    text -> extracted(text, namesOnly, Phrases.FRAGMENTS));
            List<SpanScore> tagger = spanScores(label, "new: tagger spans alone", sentences, this::tagged);
            spanScores(label, "new: dictionary+tagger, unlinked", sentences, text -> unlinked(text, dictionaryOnly));
            spanScores(label, "new: extractor (linked)", sentences, text -> extracted(text, withSynonyms, Phrases.TAGGER));
            List<SpanScore> linked = spanScores(label, "new: extractor (linked, centroids)", sentences,
                    text -> extracted(text, centroids, Phrases.TAGGER));
            intervals.put(label, List.of(baseline, tagger, linked));
        }
        System.out.println("(P/R/F1 exact span match; ~ = any overlap; skR = recall of the skill column's spans)");
        System.out.printf("%n%-30s %-34s %-44s %-44s %s%n", "SkillSpan dev, 95 % intervals", "method (minus baseline: dictionary+fragments)",
                "F1", "F1~", "skR");
        intervals.forEach((label, scores) -> {
            Resamples resamples = new Resamples(scores.getFirst().size());
            spanIntervals(label, "new: tagger spans alone", resamples, scores.get(0), scores.get(1));
            spanIntervals(label, "new: extractor (linked, centroids)", resamples, scores.get(0), scores.get(2));
        });
        System.out.println("(each figure, then the method minus the baseline on the same resample of sentences; "
                + Resamples.RESAMPLES + " resamples)");

        System.out.printf("%n%-34s %9s %7s %9s %9s %9s%n", "ESCO linking", "sentences", "spans", "recall@5", "RP@5", "RP@5 ctx");
        for (String file : List.of("house_validation_annotations.csv", "tech_validation_annotations.csv")) {
            linking(file, List.of(new Linker("baseline", Phrases.FRAGMENTS, namesOnly, bySkill(nameLabels)),
                    new Linker("new", Phrases.TAGGER, withSynonyms, bySkill(nameLabels)),
                    new Linker("new, centroids", Phrases.TAGGER, centroids, bySkill(centroidLabels))));
        }
        System.out.println("(recall@5: a gold span's label among link(span)'s five; RP@5: sentence-level R-Precision@5 of the"
                + " labels ranked for the sentence alone; RP@5 ctx: the same candidates and the tagger's spans' nearest labels,"
                + " ranked by similarity to their phrase plus similarity to the sentence; precision: extracted skills whose label"
                + " is in the sentence's gold set)");
    }

    /**
     * Seconds to extract the skills of a long resume (the fit-pairs resume nearest 1,000 words, about two pages, and the
     * longest), each way, against the ESCO names; the median of three runs after one warm-up.
     */
    @Test
    void extractionTime() throws IOException {
        Path esco = SharedData.file("taxonomy/esco/skills_en_full_preferred_alt_type.csv");
        Path resumes = SharedData.file("fit-pairs/resumes.csv");
        Assumptions.assumeTrue(Files.exists(esco) && Files.exists(resumes), "no shared data at " + SharedData.root() + ": skipped");
        TaxonomyIndex taxonomy = embedded(escoSkills(esco), false);
        List<String> texts = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(resumes)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                texts.add(row.get("resume_text"));
            }
        }
        String twoPages = texts.stream().min(Comparator.comparingInt(text -> Math.abs(words(text) - 1000))).orElseThrow();
        String longest = texts.stream().max(Comparator.comparingInt(SkillExtractionEvaluation::words)).orElseThrow();
        texts.stream().filter(text -> text != twoPages && text != longest).limit(3)
                .forEach(text -> extractor.extract(text, taxonomy, Phrases.TAGGER)); // warm-up (JIT) on other resumes
        System.out.printf("%n%-34s %6s %22s %22s%n", "Extraction time (wall / CPU)", "words", "fragments first, again",
                "tagger first, again");
        for (String text : List.of(twoPages, longest)) {
            System.out.printf("%-34s %6d %22s %22s%n", text == twoPages ? "resume of about two pages" : "longest resume",
                    words(text), times(text, taxonomy, Phrases.FRAGMENTS), times(text, taxonomy, Phrases.TAGGER));
        }
        System.out.println("(first: no phrase vector of the text kept yet; again: the same text once more; CPU: all threads"
                + " of the process, so other helpers' load on the machine does not count)");
    }

    /**
     * How often a link at a given similarity is right, measured without SkillSpan dev or the ESCO-linked sets: every
     * tenth ESCO skill's first alternative label (never embedded: the index holds preferred names only, as the service
     * does by default) is linked, and the link is right when it names that skill. Prints precision and coverage per
     * threshold; the tagger's threshold (jobmatch.ai.extraction.tagger-threshold) is chosen from this table.
     */
    @Test
    void linkingThresholds() throws IOException {
        Path esco = SharedData.file("taxonomy/esco/skills_en_full_preferred_alt_type.csv");
        Assumptions.assumeTrue(Files.exists(esco), "no shared data at " + SharedData.root() + ": skipped");
        List<TaxonomySkill> skills = escoSkills(esco);
        TaxonomyIndex taxonomy = embedded(skills, false);
        HeldOutLabels heldOut = HeldOutLabels.of(skills);
        List<String> queries = heldOut.queries();
        List<String> answers = heldOut.answers();
        List<List<TaxonomyIndex.Scored>> nearest = taxonomy.nearestAll(LabelVectors.of(embedder, queries), 1);
        System.out.printf("%nLinking held-out ESCO alternative labels (%d) to preferred names: precision and coverage by threshold%n",
                queries.size());
        for (double threshold = 0.50; threshold < 0.951; threshold += 0.05) {
            LinkedAt at = LinkedAt.of(nearest, answers, threshold);
            System.out.printf("  >= %.2f  precision %.3f  coverage %.3f%n", threshold, at.precision(), at.coverage());
        }
    }

    /**
     * Which label vectors link a phrase to its skill best, measured as linkingThresholds is (never on SkillSpan dev or
     * the ESCO-linked sets): every tenth ESCO skill's first alternative label is held out of every index (as a label
     * and from its skill's centroid) and linked; right when it names its skill. Prints accuracy of the first, recall
     * among five, and precision and coverage at the tagger's thresholds, for the skill names alone, names and
     * alternative labels as separate labels, and centroids of a skill's labels (SkillCentroids) by the name's weight.
     */
    @Test
    void linkingMethods() throws IOException {
        Path esco = SharedData.file("taxonomy/esco/skills_en_full_preferred_alt_type.csv");
        Assumptions.assumeTrue(Files.exists(esco), "no shared data at " + SharedData.root() + ": skipped");
        List<TaxonomySkill> skills = escoSkills(esco);
        List<TaxonomyIndex.Label> all = allLabels(skills);
        HeldOutLabels heldOut = HeldOutLabels.of(skills);
        List<String> queries = heldOut.queries();
        List<String> answers = heldOut.answers();
        Set<String> leftOut = heldOut.keys();
        List<float[]> vectors = LabelVectors.of(embedder, queries);
        List<TaxonomyIndex.Label> kept = all.stream().filter(label -> !leftOut.contains(label.skill().skillId() + "\n" + label.text())).toList();
        Map<String, List<TaxonomyIndex.Label>> methods = new LinkedHashMap<>();
        methods.put("names", kept.stream().filter(label -> label.text().equals(label.skill().name())).toList());
        methods.put("names + alternative labels", kept);
        for (double weight : List.of(0.5, 0.25, 0.0)) {
            methods.put("centroids, name weight " + weight, SkillCentroids.of(all, weight, leftOut, false));
            methods.put("names + centroids, name weight " + weight, SkillCentroids.of(all, weight, leftOut, true));
        }
        System.out.printf("%nLinking held-out ESCO alternative labels (%d) by label vectors%n%-36s %6s %6s   %s%n", queries.size(),
                "label vectors", "acc@1", "rec@5", "precision/coverage at >= 0.60 0.70 0.75 0.80");
        for (Map.Entry<String, List<TaxonomyIndex.Label>> method : methods.entrySet()) {
            List<List<TaxonomyIndex.Scored>> nearest = new TaxonomyIndex("esco-eval", skills, method.getValue()).nearestAll(vectors, 5);
            int first = 0;
            int five = 0;
            StringBuilder thresholds = new StringBuilder();
            for (int i = 0; i < queries.size(); i++) {
                String answer = answers.get(i);
                first += nearest.get(i).getFirst().skill().name().equals(answer) ? 1 : 0;
                five += nearest.get(i).stream().anyMatch(scored -> scored.skill().name().equals(answer)) ? 1 : 0;
            }
            for (double threshold : List.of(0.60, 0.70, 0.75, 0.80)) {
                LinkedAt at = LinkedAt.of(nearest, answers, threshold);
                thresholds.append(String.format("  %.3f/%.3f", at.precision(), at.coverage()));
            }
            System.out.printf("%-36s %6.3f %6.3f %s%n", method.getKey(), SpanScore.ratio(first, queries.size()),
                    SpanScore.ratio(five, queries.size()), thresholds);
        }
    }

    /** Every skill's name and alternative labels with their vectors (cached in target/, shared with EVAL_SYNONYMS). */
    private List<TaxonomyIndex.Label> allLabels(List<TaxonomySkill> skills) throws IOException {
        List<TaxonomyIndex.Label> unembedded = TaxonomyIndex.unembeddedLabels(skills, true);
        List<float[]> vectors = LabelVectors.of(embedder, unembedded.stream().map(TaxonomyIndex.Label::text).toList());
        List<TaxonomyIndex.Label> labels = new ArrayList<>(unembedded.size());
        for (int i = 0; i < unembedded.size(); i++) {
            labels.add(new TaxonomyIndex.Label(unembedded.get(i).skill(), unembedded.get(i).text(), vectors.get(i)));
        }
        return labels;
    }

    /** Wall and CPU seconds of a first extraction (phrase vectors forgotten) and of the same text again. */
    private String times(String text, TaxonomyIndex taxonomy, Phrases phrases) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        extractor.forgetPhraseVectors();
        StringBuilder out = new StringBuilder();
        for (int run = 0; run < 2; run++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            extractor.extract(text, taxonomy, phrases);
            out.append(String.format("%.2f/%.2fs ", (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9));
        }
        return out.toString().strip();
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    private List<int[]> extracted(String text, TaxonomyIndex taxonomy, Phrases phrases) {
        return extractor.extract(text, taxonomy, phrases).stream().map(skill -> new int[] {skill.start(), skill.end()}).toList();
    }

    private List<int[]> tagged(String text) {
        return tagger.tag(text).stream().map(span -> new int[] {span.start(), span.end()}).toList();
    }

    /** What the extractor reads before linking: dictionary hits, then the tagger's spans that do not touch one. */
    private List<int[]> unlinked(String text, TaxonomyIndex dictionaryOnly) {
        List<int[]> spans = new ArrayList<>(extracted(text, dictionaryOnly, Phrases.TAGGER));
        for (int[] span : tagged(text)) {
            if (spans.stream().noneMatch(hit -> hit[0] < span[1] && span[0] < hit[1])) {
                spans.add(span);
            }
        }
        return spans;
    }

    /** Prints the method's scores over all the sentences and returns each sentence's own, for intervals. */
    private static List<SpanScore> spanScores(String label, String method, List<SharedData.Sentence> sentences,
                                              Function<String, List<int[]>> spansOf) {
        List<SpanScore> each = new ArrayList<>(sentences.size());
        for (SharedData.Sentence sentence : sentences) {
            SpanScore one = new SpanScore();
            one.add(sentence.typedSpans(), sentence.tokenRanges(spansOf.apply(sentence.text())));
            each.add(one);
        }
        System.out.printf("%-30s %-34s %s%n", label, method, SpanScore.of(each, IntStream.range(0, each.size()).toArray()));
        return each;
    }

    /** Exact F1, overlap F1 and skill recall of a method, each with its interval and its difference from the baseline's. */
    private static void spanIntervals(String label, String method, Resamples resamples, List<SpanScore> baseline,
                                      List<SpanScore> scores) {
        List<String> cells = new ArrayList<>();
        int[] all = resamples.all();
        for (ToDoubleFunction<SpanScore> figure : List.<ToDoubleFunction<SpanScore>>of(SpanScore::exactF1,
                SpanScore::overlapF1, SpanScore::skillRecall)) {
            double value = figure.applyAsDouble(SpanScore.of(scores, all));
            double difference = value - figure.applyAsDouble(SpanScore.of(baseline, all));
            cells.add(Resamples.format(value, resamples.interval(pick -> figure.applyAsDouble(SpanScore.of(scores, pick))), false)
                    + " " + Resamples.format(difference, resamples.interval(pick -> figure.applyAsDouble(SpanScore.of(scores, pick))
                    - figure.applyAsDouble(SpanScore.of(baseline, pick))), true));
        }
        System.out.printf("%-30s %-46s %-44s %-44s %s%n", label, method, cells.get(0), cells.get(1), cells.get(2));
    }

    /** A validation sentence with its gold spans (label known) and the set of gold ESCO labels. */
    private record LinkedSentence(String text, List<String[]> spansWithLabel, Set<String> gold) {
    }

    private TaxonomyIndex embedded(List<TaxonomySkill> skills, boolean synonyms) throws IOException {
        return new TaxonomyIndex("esco-eval", skills, embeddedLabels(skills, synonyms));
    }

    private List<TaxonomyIndex.Label> embeddedLabels(List<TaxonomySkill> skills, boolean synonyms) throws IOException {
        List<TaxonomyIndex.Label> unembedded = TaxonomyIndex.unembeddedLabels(skills, synonyms);
        List<float[]> vectors = LabelVectors.of(embedder, unembedded.stream().map(TaxonomyIndex.Label::text).toList());
        List<TaxonomyIndex.Label> labels = new ArrayList<>(unembedded.size());
        for (int i = 0; i < unembedded.size(); i++) {
            labels.add(new TaxonomyIndex.Label(unembedded.get(i).skill(), unembedded.get(i).text(), vectors.get(i)));
        }
        return labels;
    }

    /** A way of linking the validation sentences: the extractor's phrases and the label vectors it links them to. */
    private record Linker(String name, Phrases phrases, TaxonomyIndex taxonomy, Map<String, List<float[]>> vectors) {
    }

    /** The label vectors of each skill, by its name in lower case. */
    private static Map<String, List<float[]>> bySkill(List<TaxonomyIndex.Label> labels) {
        Map<String, List<float[]>> vectors = new HashMap<>();
        labels.forEach(label -> vectors.computeIfAbsent(label.skill().name().toLowerCase(), name -> new ArrayList<>()).add(label.vector()));
        return vectors;
    }

    /**
     * Linking with the extractor before the tagger (fragments, names only), with it (names; synonyms if asked) and with
     * it against one vector per skill from all its labels (centroids), in one run.
     */
    private void linking(String file, List<Linker> linkers) throws IOException {
        Map<String, LinkedSentence> sentences = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(SharedData.file("skill-extraction/esco-linked/" + file))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                LinkedSentence sentence = sentences.computeIfAbsent(row.get("sentence"),
                        text -> new LinkedSentence(text, new ArrayList<>(), new HashSet<>()));
                String gold = row.get("label");
                if (gold.equals("LABEL NOT PRESENT") || gold.equals("UNDERSPECIFIED")) {
                    continue;
                }
                sentence.gold().add(gold.toLowerCase());
                if (!row.get("span").isBlank()) {
                    sentence.spansWithLabel().add(new String[] {row.get("span"), gold});
                }
            }
        }
        List<LinkedSentence> labelled = sentences.values().stream().filter(sentence -> !sentence.gold().isEmpty()).toList();
        Map<String, double[]> rPrecisions = new LinkedHashMap<>();
        for (Linker linker : linkers) {
            Phrases phrases = linker.phrases();
            TaxonomyIndex taxonomy = linker.taxonomy();
            int spans = 0;
            int hits = 0;
            int extracted = 0;
            int extractedInGold = 0;
            double[] each = new double[labelled.size()];
            double[] eachInContext = new double[labelled.size()];
            for (int n = 0; n < labelled.size(); n++) {
                LinkedSentence sentence = labelled.get(n);
                for (String[] span : sentence.spansWithLabel()) {
                    spans++;
                    if (extractor.link(span[0], taxonomy, 5).stream().anyMatch(skill -> skill.name().equalsIgnoreCase(span[1]))) {
                        hits++;
                    }
                }
                List<ExtractedSkill> skills = extractor.extract(sentence.text(), taxonomy, phrases);
                extracted += skills.size();
                extractedInGold += (int) skills.stream().filter(skill -> sentence.gold().contains(skill.name().toLowerCase())).count();
                each[n] = rPrecisionAt5(ranked(sentence.text(), skills, taxonomy), sentence.gold());
                eachInContext[n] = rPrecisionAt5(rankedInContext(sentence.text(), skills, linker), sentence.gold());
            }
            rPrecisions.put(linker.name(), each);
            rPrecisions.put(linker.name() + " (ctx)", eachInContext);
            System.out.printf("%-34s %9d %7d %9.3f %9.3f %9.3f   precision %.3f (%d skills)%n",
                    file.replace("_validation_annotations.csv", "") + " " + linker.name(), labelled.size(), spans,
                    SpanScore.ratio(hits, spans), Arrays.stream(each).average().orElse(0), Arrays.stream(eachInContext).average().orElse(0),
                    SpanScore.ratio(extractedInGold, extracted), extracted);
        }
        Resamples resamples = new Resamples(labelled.size());
        double[] baseline = rPrecisions.values().iterator().next();
        int[] all = resamples.all();
        rPrecisions.forEach((name, each) -> System.out.printf("  RP@5 %-28s %s, minus the first line's %s%n", name,
                Resamples.format(Resamples.mean(each, all), resamples.interval(pick -> Resamples.mean(each, pick)), false),
                Resamples.format(Resamples.mean(each, all) - Resamples.mean(baseline, all),
                        resamples.interval(pick -> Resamples.mean(each, pick) - Resamples.mean(baseline, pick)), true)));
    }

    /** The labels ranked for a sentence: its extracted skills, most confident first, then the sentence's nearest labels. */
    private List<String> ranked(String sentence, List<ExtractedSkill> skills, TaxonomyIndex taxonomy) {
        Set<String> ranked = new LinkedHashSet<>();
        skills.stream().sorted(Comparator.comparingDouble(ExtractedSkill::confidence).reversed())
                .forEach(skill -> ranked.add(skill.name().toLowerCase()));
        extractor.link(sentence, taxonomy, 5).forEach(skill -> ranked.add(skill.name().toLowerCase()));
        return List.copyOf(ranked);
    }

    /**
     * The labels ranked for a sentence with its context: the candidates of ranked() (the extracted skills, the
     * sentence's five nearest labels) and the five nearest labels of each span the tagger found (linked or not), each
     * scored by its similarity to the phrase that proposed it plus its similarity to the whole sentence, so that of two
     * labels near one phrase the one the sentence is about comes first. Equal weights, not fitted to these sets.
     */
    private List<String> rankedInContext(String sentence, List<ExtractedSkill> skills, Linker linker) {
        float[] context = embedder.embed(sentence);
        Map<String, Double> phraseSimilarity = new HashMap<>();
        for (ExtractedSkill skill : skills) {
            phraseSimilarity.merge(skill.name().toLowerCase(), similarity(embedder.embed(skill.matchedText()), skill.name(), linker),
                    Math::max);
        }
        List<String> phrases = new ArrayList<>(tagger.tag(sentence).stream().map(span -> sentence.substring(span.start(), span.end())).toList());
        phrases.add(sentence);
        for (String phrase : phrases) {
            for (TaxonomyIndex.Scored scored : linker.taxonomy().nearest(embedder.embed(phrase), 5)) {
                phraseSimilarity.merge(scored.skill().name().toLowerCase(), scored.similarity(), Math::max);
            }
        }
        Map<String, Double> score = new HashMap<>();
        phraseSimilarity.forEach((name, similarity) -> score.put(name, similarity + similarity(context, name, linker)));
        return score.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    /** Cosine of a unit vector and a skill's nearest label vector. */
    private static double similarity(float[] vector, String skill, Linker linker) {
        double best = -1;
        for (float[] label : linker.vectors().getOrDefault(skill.toLowerCase(), List.of())) {
            double dot = 0;
            for (int d = 0; d < vector.length; d++) {
                dot += vector[d] * label[d];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    /** Gold labels among the first min(5, |gold|) ranked, over min(5, |gold|). */
    static double rPrecisionAt5(List<String> ranked, Set<String> gold) {
        int k = Math.min(5, gold.size());
        long found = ranked.stream().limit(k).filter(gold::contains).count();
        return (double) found / k;
    }

    private static List<TaxonomySkill> escoSkills(Path csv) throws IOException {
        List<TaxonomySkill> skills = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String name = row.get("preferredLabel").strip();
                if (name.isEmpty() || !seen.add(name)) {
                    continue;
                }
                List<String> synonyms = row.get("altLabels").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
                skills.add(new TaxonomySkill(name, name, row.get("skillType"), null, synonyms));
            }
        }
        return skills;
    }

    /** Every tenth ESCO skill's first alternative label (the query), its skill's name (the answer) and skill id + label. */
    private record HeldOutLabels(List<String> queries, List<String> answers, Set<String> keys) {

        static HeldOutLabels of(List<TaxonomySkill> skills) {
            HeldOutLabels heldOut = new HeldOutLabels(new ArrayList<>(), new ArrayList<>(), new HashSet<>());
            for (int i = 0; i < skills.size(); i += 10) {
                TaxonomySkill skill = skills.get(i);
                skill.synonyms().stream().filter(synonym -> !synonym.equalsIgnoreCase(skill.name())).findFirst()
                        .ifPresent(synonym -> {
                            heldOut.queries().add(synonym);
                            heldOut.answers().add(skill.name());
                            heldOut.keys().add(skill.skillId() + "\n" + synonym);
                        });
            }
            return heldOut;
        }
    }

    /** How many held-out labels link at a threshold ({@code linked}) and how many of those name their skill ({@code right}). */
    private record LinkedAt(int right, int linked, int queries) {

        static LinkedAt of(List<List<TaxonomyIndex.Scored>> nearest, List<String> answers, double threshold) {
            int linked = 0;
            int right = 0;
            for (int i = 0; i < answers.size(); i++) {
                TaxonomyIndex.Scored best = nearest.get(i).getFirst();
                if (best.similarity() >= threshold) {
                    linked++;
                    right += best.skill().name().equals(answers.get(i)) ? 1 : 0;
                }
            }
            return new LinkedAt(right, linked, answers.size());
        }

        double precision() {
            return SpanScore.ratio(right, linked);
        }

        double coverage() {
            return SpanScore.ratio(linked, queries);
        }
    }
}
