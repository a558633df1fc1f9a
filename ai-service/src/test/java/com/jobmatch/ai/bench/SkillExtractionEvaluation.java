package com.jobmatch.ai.bench;

import com.jobmatch.ai.embeddings.Embedder;
import com.jobmatch.ai.skills.SkillExtractor;
import com.jobmatch.ai.skills.SkillExtractor.Phrases;
import com.jobmatch.ai.skills.SkillSpanTagger;
import com.jobmatch.ai.skills.TaxonomyIndex;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
        TaxonomyIndex namesOnly = embedded(skills, false);
        boolean synonyms = Boolean.parseBoolean(System.getenv().getOrDefault("EVAL_SYNONYMS", "false"));
        TaxonomyIndex withSynonyms = synonyms ? embedded(skills, true) : namesOnly;
        TaxonomyIndex dictionaryOnly = new TaxonomyIndex("esco-eval", skills, List.of());
        System.out.printf("%nESCO taxonomy: %d skills, %d dictionary keys, label embeddings in %.1f s (cached in target/)%n",
                skills.size(), dictionaryOnly.dictionary().size(), (System.nanoTime() - started) / 1e9);

        int limit = Integer.parseInt(System.getenv().getOrDefault("EVAL_SENTENCES", "600"));
        System.out.printf("%n%-30s %-34s %s%n", "SkillSpan dev", "method", SpanScore.header());
        for (String file : List.of("skillspan_house_dev.conll", "skillspan_tech_dev.conll")) {
            List<SharedData.Sentence> sentences = SharedData.skillSpan(SharedData.file("skill-extraction/skillspan/" + file));
            sentences = sentences.subList(0, Math.min(limit, sentences.size()));
            String label = file.replace("skillspan_", "").replace(".conll", "") + " (" + sentences.size() + ")";
            spanScores(label, "baseline: dictionary", sentences, text -> extracted(text, dictionaryOnly, Phrases.FRAGMENTS));
            spanScores(label, "baseline: dictionary+fragments", sentences, text -> extracted(text, namesOnly, Phrases.FRAGMENTS));
            spanScores(label, "new: tagger spans alone", sentences, this::tagged);
            spanScores(label, "new: dictionary+tagger, unlinked", sentences, text -> unlinked(text, dictionaryOnly));
            spanScores(label, "new: extractor (linked)", sentences, text -> extracted(text, withSynonyms, Phrases.TAGGER));
        }
        System.out.println("(P/R/F1 exact span match; ~ = any overlap; skR = recall of the skill column's spans)");

        System.out.printf("%n%-34s %9s %7s %9s %9s%n", "ESCO linking", "sentences", "spans", "recall@5", "RP@5");
        for (String file : List.of("house_validation_annotations.csv", "tech_validation_annotations.csv")) {
            linking(file, namesOnly, withSynonyms);
        }
        System.out.println("(recall@5: a gold span's label among link(span)'s five; RP@5: sentence-level R-Precision@5 of the"
                + " labels ranked for the sentence alone; precision: extracted skills whose label is in the sentence's gold set)");
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
        List<String> queries = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < skills.size(); i += 10) {
            TaxonomySkill skill = skills.get(i);
            skill.synonyms().stream().filter(synonym -> !synonym.equalsIgnoreCase(skill.name())).findFirst().ifPresent(synonym -> {
                queries.add(synonym);
                answers.add(skill.name());
            });
        }
        List<List<TaxonomyIndex.Scored>> nearest = taxonomy.nearestAll(LabelVectors.of(embedder, queries), 1);
        System.out.printf("%nLinking held-out ESCO alternative labels (%d) to preferred names: precision and coverage by threshold%n",
                queries.size());
        for (double threshold = 0.50; threshold < 0.951; threshold += 0.05) {
            int linked = 0;
            int right = 0;
            for (int i = 0; i < queries.size(); i++) {
                TaxonomyIndex.Scored best = nearest.get(i).getFirst();
                if (best.similarity() >= threshold) {
                    linked++;
                    right += best.skill().name().equals(answers.get(i)) ? 1 : 0;
                }
            }
            System.out.printf("  >= %.2f  precision %.3f  coverage %.3f%n", threshold, SpanScore.ratio(right, linked),
                    SpanScore.ratio(linked, queries.size()));
        }
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

    private static void spanScores(String label, String method, List<SharedData.Sentence> sentences,
                                   Function<String, List<int[]>> spansOf) {
        SpanScore score = new SpanScore();
        for (SharedData.Sentence sentence : sentences) {
            score.add(sentence.typedSpans(), sentence.tokenRanges(spansOf.apply(sentence.text())));
        }
        System.out.printf("%-30s %-34s %s%n", label, method, score);
    }

    /** A validation sentence with its gold spans (label known) and the set of gold ESCO labels. */
    private record LinkedSentence(String text, List<String[]> spansWithLabel, Set<String> gold) {
    }

    private TaxonomyIndex embedded(List<TaxonomySkill> skills, boolean synonyms) throws IOException {
        List<TaxonomyIndex.Label> unembedded = TaxonomyIndex.unembeddedLabels(skills, synonyms);
        List<float[]> vectors = LabelVectors.of(embedder, unembedded.stream().map(TaxonomyIndex.Label::text).toList());
        List<TaxonomyIndex.Label> labels = new ArrayList<>(unembedded.size());
        for (int i = 0; i < unembedded.size(); i++) {
            labels.add(new TaxonomyIndex.Label(unembedded.get(i).skill(), unembedded.get(i).text(), vectors.get(i)));
        }
        return new TaxonomyIndex("esco-eval", skills, labels);
    }

    /** Linking with the extractor before this change (fragments, names only) and after (tagger; synonyms if asked). */
    private void linking(String file, TaxonomyIndex namesOnly, TaxonomyIndex withSynonyms) throws IOException {
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
        for (Phrases phrases : List.of(Phrases.FRAGMENTS, Phrases.TAGGER)) {
            TaxonomyIndex taxonomy = phrases == Phrases.FRAGMENTS ? namesOnly : withSynonyms;
            int spans = 0;
            int hits = 0;
            double rPrecision = 0;
            int extracted = 0;
            int extractedInGold = 0;
            for (LinkedSentence sentence : labelled) {
                for (String[] span : sentence.spansWithLabel()) {
                    spans++;
                    if (extractor.link(span[0], taxonomy, 5).stream().anyMatch(skill -> skill.name().equalsIgnoreCase(span[1]))) {
                        hits++;
                    }
                }
                List<ExtractedSkill> skills = extractor.extract(sentence.text(), taxonomy, phrases);
                extracted += skills.size();
                extractedInGold += (int) skills.stream().filter(skill -> sentence.gold().contains(skill.name().toLowerCase())).count();
                rPrecision += rPrecisionAt5(ranked(sentence.text(), skills, taxonomy), sentence.gold());
            }
            String linker = phrases == Phrases.FRAGMENTS ? "baseline" : "new";
            System.out.printf("%-34s %9d %7d %9.3f %9.3f   precision %.3f (%d skills)%n",
                    file.replace("_validation_annotations.csv", "") + " " + linker, labelled.size(), spans,
                    SpanScore.ratio(hits, spans), rPrecision / labelled.size(), SpanScore.ratio(extractedInGold, extracted), extracted);
        }
    }

    /** The labels ranked for a sentence: its extracted skills, most confident first, then the sentence's nearest labels. */
    private List<String> ranked(String sentence, List<ExtractedSkill> skills, TaxonomyIndex taxonomy) {
        Set<String> ranked = new LinkedHashSet<>();
        skills.stream().sorted(Comparator.comparingDouble(ExtractedSkill::confidence).reversed())
                .forEach(skill -> ranked.add(skill.name().toLowerCase()));
        extractor.link(sentence, taxonomy, 5).forEach(skill -> ranked.add(skill.name().toLowerCase()));
        return List.copyOf(ranked);
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
}
