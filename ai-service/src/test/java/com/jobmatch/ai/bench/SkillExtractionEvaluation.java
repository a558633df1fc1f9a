package com.jobmatch.ai.bench;

import com.jobmatch.ai.domain.Embedder;
import com.jobmatch.ai.domain.SkillExtractor;
import com.jobmatch.ai.domain.TaxonomyIndex;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Span precision, recall and F1 on SkillSpan dev and ESCO-linking recall@5 on the ESCO-linked validation sets,
 * with the dictionary alone (the baseline) and dictionary plus embedding similarity. The taxonomy is built from
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

    @Test
    void spansAndLinking() throws IOException {
        Path esco = SharedData.file("taxonomy/esco/skills_en_full_preferred_alt_type.csv");
        Assumptions.assumeTrue(Files.exists(esco), "no shared data at " + SharedData.root() + ": skipped");
        List<TaxonomySkill> skills = escoSkills(esco);
        long started = System.nanoTime();
        List<String> names = skills.stream().map(TaxonomySkill::name).toList();
        List<float[]> vectors = new ArrayList<>();
        for (int from = 0; from < names.size(); from += 256) {
            vectors.addAll(embedder.embedAll(names.subList(from, Math.min(names.size(), from + 256))));
        }
        List<TaxonomyIndex.Label> labels = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            labels.add(new TaxonomyIndex.Label(skills.get(i), names.get(i), vectors.get(i)));
        }
        TaxonomyIndex withVectors = new TaxonomyIndex("esco-eval", skills, labels);
        TaxonomyIndex dictionaryOnly = new TaxonomyIndex("esco-eval", skills, List.of());
        System.out.printf("%nESCO taxonomy: %d skills, %d dictionary keys, label embeddings in %.1f s%n",
                skills.size(), dictionaryOnly.dictionary().size(), (System.nanoTime() - started) / 1e9);

        int limit = Integer.parseInt(System.getenv().getOrDefault("EVAL_SENTENCES", "600"));
        System.out.printf("%n%-34s %-22s %6s %6s %6s   %6s %6s %6s%n", "SkillSpan dev", "method",
                "P", "R", "F1", "P~", "R~", "F1~");
        for (String file : List.of("skillspan_house_dev.conll", "skillspan_tech_dev.conll")) {
            List<SharedData.Sentence> sentences = SharedData.skillSpan(SharedData.file("skill-extraction/skillspan/" + file));
            sentences = sentences.subList(0, Math.min(limit, sentences.size()));
            spanScores(file + " (" + sentences.size() + ")", "dictionary", sentences, dictionaryOnly);
            spanScores(file + " (" + sentences.size() + ")", "dictionary+embedding", sentences, withVectors);
        }
        System.out.println("(P/R/F1 exact span match; ~ = any overlap)");

        System.out.printf("%n%-36s %8s %10s%n", "ESCO linking", "spans", "recall@5");
        for (String file : List.of("house_validation_annotations.csv", "tech_validation_annotations.csv")) {
            linking(file, withVectors);
        }
    }

    private void spanScores(String label, String method, List<SharedData.Sentence> sentences, TaxonomyIndex taxonomy) {
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int goldOverlapped = 0;
        int predictedOverlapping = 0;
        for (SharedData.Sentence sentence : sentences) {
            String text = sentence.text();
            List<int[]> tokenOffsets = offsets(sentence.tokens());
            List<int[]> predictions = new ArrayList<>();
            for (ExtractedSkill skill : extractor.extract(text, taxonomy)) {
                predictions.add(toTokens(skill.start(), skill.end(), tokenOffsets));
            }
            gold += sentence.goldSpans().size();
            predicted += predictions.size();
            for (int[] p : predictions) {
                if (sentence.goldSpans().stream().anyMatch(g -> g[0] == p[0] && g[1] == p[1])) {
                    exact++;
                }
                if (sentence.goldSpans().stream().anyMatch(g -> g[0] < p[1] && p[0] < g[1])) {
                    predictedOverlapping++;
                }
            }
            for (int[] g : sentence.goldSpans()) {
                if (predictions.stream().anyMatch(p -> g[0] < p[1] && p[0] < g[1])) {
                    goldOverlapped++;
                }
            }
        }
        double p = ratio(exact, predicted);
        double r = ratio(exact, gold);
        double lp = ratio(predictedOverlapping, predicted);
        double lr = ratio(goldOverlapped, gold);
        System.out.printf("%-34s %-22s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f%n", label, method, p, r, f1(p, r), lp, lr, f1(lp, lr));
    }

    private void linking(String file, TaxonomyIndex taxonomy) throws IOException {
        Path path = SharedData.file("skill-extraction/esco-linked/" + file);
        int spans = 0;
        int hits = 0;
        try (Reader reader = Files.newBufferedReader(path)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String gold = row.get("label");
                String span = row.get("span");
                if (gold.equals("LABEL NOT PRESENT") || gold.equals("UNDERSPECIFIED") || span.isBlank()) {
                    continue;
                }
                spans++;
                if (extractor.link(span, taxonomy, 5).stream().anyMatch(skill -> skill.name().equalsIgnoreCase(gold))) {
                    hits++;
                }
            }
        }
        System.out.printf("%-36s %8d %10.3f%n", file, spans, ratio(hits, spans));
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

    private static List<int[]> offsets(List<String> tokens) {
        List<int[]> offsets = new ArrayList<>();
        int position = 0;
        for (String token : tokens) {
            offsets.add(new int[] {position, position + token.length()});
            position += token.length() + 1;
        }
        return offsets;
    }

    private static int[] toTokens(int start, int end, List<int[]> offsets) {
        int first = 0;
        int last = offsets.size() - 1;
        for (int i = 0; i < offsets.size(); i++) {
            if (offsets.get(i)[1] > start) {
                first = i;
                break;
            }
        }
        for (int i = offsets.size() - 1; i >= 0; i--) {
            if (offsets.get(i)[0] < end) {
                last = i;
                break;
            }
        }
        return new int[] {first, last + 1};
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

}
