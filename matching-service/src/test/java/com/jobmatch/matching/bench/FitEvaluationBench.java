package com.jobmatch.matching.bench;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Weights;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.config.RankingConfig;
import com.jobmatch.matching.domain.CollarWeightsConfig;
import com.jobmatch.matching.domain.MatchScorer;
import com.jobmatch.matching.domain.MatchingService;
import com.jobmatch.matching.domain.ScoringInput;
import com.jobmatch.matching.domain.Terms;
import com.jobmatch.matching.store.CollarWeightsStore;
import com.jobmatch.matching.store.KnowledgeStore;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.quarkus.test.common.QuarkusTestResource;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluation on ../shared/data/fit-pairs (4,500 labelled resume-job pairs): the service's own scorer against
 * keyword overlap and plain embedding cosine, computed in the same run. Run with bench/fit-eval.sh.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
@Tag("bench")
class FitEvaluationBench {

    static final Map<String, Integer> LABELS = Map.of("No Fit", 0, "Potential Fit", 1, "Good Fit", 2);
    /** The model ai-service embeds with, run in-process so the evaluation needs no running suite. */
    static final int MAX_EMBEDDED_CHARS = 2000;

    @Inject
    KnowledgeStore knowledge;
    @Inject
    CollarWeightsStore weights;
    @Inject
    RankingConfig config;

    static Path data() {
        return Path.of(System.getenv().getOrDefault("SHARED_DATA", "/work/main/../shared/data"), "fit-pairs");
    }

    @Test
    void scoresEveryPairAndPrintsMetricsBesideBaselines() throws IOException {
        Path dir = data();
        Assumptions.assumeTrue(Files.isDirectory(dir), "no fit-pairs data at " + dir);
        Map<String, String> resumes = read(dir.resolve("resumes.csv"), "resume_id", "resume_text");
        Map<String, String> jobs = read(dir.resolve("job_descriptions.csv"), "jd_id", "job_description_text");
        List<String[]> pairs = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("pairs.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                pairs.add(new String[] {r.get("resume_id"), r.get("jd_id"), r.get("label")});
            }
        }

        long start = System.nanoTime();
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Map<String, float[]> vectors = new HashMap<>();
        resumes.forEach((id, text) -> vectors.put(id, embed(model, text)));
        jobs.forEach((id, text) -> vectors.put(id, embed(model, text)));
        Map<String, List<float[]>> statements = new HashMap<>();
        resumes.forEach((id, text) -> statements.put(id, embedAll(model,
                RequirementCoverage.statements(text, RequirementCoverage.MAX_RESUME_STATEMENTS))));
        jobs.forEach((id, text) -> statements.put(id, embedAll(model,
                RequirementCoverage.statements(text, RequirementCoverage.MAX_JOB_STATEMENTS))));
        long embedded = System.nanoTime();

        TextProfiles profiles = new TextProfiles(knowledge.current());
        Map<String, CandidateProfile> candidates = new HashMap<>();
        resumes.forEach((id, text) -> candidates.put(id, profiles.candidate(id, text)));
        Map<String, JobProfile> jobProfiles = new HashMap<>();
        jobs.forEach((id, text) -> jobProfiles.put(id, profiles.job(id, text)));
        CollarWeightsConfig white = weights.find(CollarType.WHITE, CollarWeightsConfig.DEFAULT_VARIANT).orElseThrow();
        Weights w = white.weights();
        MatchScorer scorer = new MatchScorer(knowledge.current(), config.scoring().policy());

        List<RankingMetrics.Scored> ours = new ArrayList<>();
        List<RankingMetrics.Scored> structuredOnly = new ArrayList<>();
        List<RankingMetrics.Scored> keywords = new ArrayList<>();
        List<RankingMetrics.Scored> cosine = new ArrayList<>();
        List<RankingMetrics.Scored> coverageOnly = new ArrayList<>();
        List<RankingMetrics.Scored> oursMean = new ArrayList<>();
        List<RankingMetrics.Scored> meanOnly = new ArrayList<>();
        Map<String, List<RankingMetrics.Scored>> criteria = new java.util.LinkedHashMap<>();
        for (String[] pair : pairs) {
            int label = LABELS.get(pair[2]);
            double cos = MatchingService.cosine(vectors.get(pair[0]), vectors.get(pair[1]));
            CandidateProfile candidate = candidates.get(pair[0]);
            JobProfile job = jobProfiles.get(pair[1]);
            ours.add(new RankingMetrics.Scored(pair[0], label,
                    scorer.grade(new ScoringInput(candidate, job, null, cos, null), w).overallScore()));
            var structured = scorer.grade(new ScoringInput(candidate, job, null, null, null), w);
            structuredOnly.add(new RankingMetrics.Scored(pair[0], label, structured.overallScore()));
            Map<String, Double> sub = new java.util.LinkedHashMap<>();
            sub.put("skills", structured.subScores().skills());
            sub.put("experience", structured.subScores().experience());
            sub.put("qualification", structured.subScores().qualification());
            sub.forEach((name, value) -> {
                if (value != null) {
                    criteria.computeIfAbsent(name, n -> new ArrayList<>()).add(new RankingMetrics.Scored(pair[0], label, value));
                }
            });
            keywords.add(new RankingMetrics.Scored(pair[0], label, keywordOverlap(resumes.get(pair[0]), jobs.get(pair[1]))));
            cosine.add(new RankingMetrics.Scored(pair[0], label, cos));
            Double covered = RequirementCoverage.symmetric(statements.get(pair[1]), statements.get(pair[0]));
            double semantic = covered == null ? cos : (cos + covered) / 2;
            coverageOnly.add(new RankingMetrics.Scored(pair[0], label, covered == null ? 0 : covered));
            meanOnly.add(new RankingMetrics.Scored(pair[0], label, semantic));
            oursMean.add(new RankingMetrics.Scored(pair[0], label,
                    scorer.grade(new ScoringInput(candidate, job, null, semantic, null), w).overallScore()));
        }
        long scored = System.nanoTime();

        System.out.printf("%nfit-pairs: %d pairs, %d resumes, %d jobs; embedding %.1f s, scoring %.1f s%n", pairs.size(),
                resumes.size(), jobs.size(), (embedded - start) / 1e9, (scored - embedded) / 1e9);
        System.out.printf("%-34s %8s %8s %10s%n", "method", "AUC", "NDCG", "macro-F1");
        print("CAMSS scorer (service, WHITE)", ours);
        print("CAMSS structured only (no cosine)", structuredOnly);
        criteria.forEach((name, values) -> print("  %s only, %d%% of pairs".formatted(name,
                Math.round(100.0 * values.size() / pairs.size())), values));
        print("statement coverage (both ways)", coverageOnly);
        print("mean(cosine, statement coverage)", meanOnly);
        print("CAMSS, semantic = that mean", oursMean);
        print("baseline: keyword overlap", keywords);
        print("baseline: embedding cosine", cosine);
        System.out.printf("ratio CAMSS / cosine AUC: %.3f, NDCG: %.3f%n%n", RankingMetrics.auc(ours) / RankingMetrics.auc(cosine),
                RankingMetrics.meanNdcg(ours) / RankingMetrics.meanNdcg(cosine));
    }

    private static void print(String name, List<RankingMetrics.Scored> scored) {
        System.out.printf("%-34s %8.3f %8.3f %10.3f%n", name, RankingMetrics.auc(scored), RankingMetrics.meanNdcg(scored),
                RankingMetrics.macroF1(scored));
    }

    /** Share of the job's distinct words found in the resume. */
    static double keywordOverlap(String resume, String job) {
        Set<String> jobWords = Terms.words(job);
        return Terms.coverage(jobWords, Terms.words(resume));
    }

    private static float[] embed(AllMiniLmL6V2QuantizedEmbeddingModel model, String text) {
        String head = text.length() > MAX_EMBEDDED_CHARS ? text.substring(0, MAX_EMBEDDED_CHARS) : text;
        return model.embed(TextSegment.from(head)).content().vector();
    }

    private static List<float[]> embedAll(AllMiniLmL6V2QuantizedEmbeddingModel model, List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    private static Map<String, String> read(Path file, String idColumn, String textColumn) throws IOException {
        Map<String, String> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get(idColumn), r.get(textColumn));
            }
        }
        return rows;
    }
}
