package com.jobmatch.matching.bench;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.Weights;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.config.RankingConfig;
import com.jobmatch.matching.scoring.CollarWeightsConfig;
import com.jobmatch.matching.scoring.EmbeddingCentre;
import com.jobmatch.matching.scoring.MatchScorer;
import com.jobmatch.matching.scoring.ScoringInput;
import com.jobmatch.matching.enrichment.Statements;
import com.jobmatch.matching.knowledge.Terms;
import com.jobmatch.contract.model.Vectors;
import com.jobmatch.matching.scoring.CollarWeightsStore;
import com.jobmatch.matching.knowledge.KnowledgeStore;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Evaluation on ../shared/data/fit-pairs (4,500 labelled resume-job pairs): the service's own scorer against
 * keyword overlap and plain embedding cosine, computed in the same run. Run with bench/fit-eval.sh.
 * <p>
 * Semantic similarity goes the service's way: statements ({@link Statements}) embedded by the model ai-service
 * uses (in process here), their centroid per text, measured from the centre of this catalogue's 280 jobs. Skills
 * come from a taxonomy look-up of the text (see {@link TextProfiles}).
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
@Tag("bench")
class FitEvaluationBench {

    static final Map<String, Integer> LABELS = Map.of("No Fit", 0, "Potential Fit", 1, "Good Fit", 2);
    static final int BASELINE_EMBEDDED_CHARS = 2000;
    static final int BOOTSTRAP_ROUNDS = 1000;
    static final String KEYWORD_BASELINE = "baseline: keyword overlap";
    static final String COSINE_BASELINE = "baseline: embedding cosine";

    @Inject
    KnowledgeStore knowledge;
    @Inject
    CollarWeightsStore weights;
    @Inject
    RankingConfig config;

    static Path data() {
        return Path.of(System.getenv().getOrDefault("SHARED_DATA", "../../shared/data"), "fit-pairs");
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
        EmbeddingCache model = EmbeddingCache.open(Path.of("target", "fit-eval-embeddings.bin"));
        Map<String, float[]> wholeText = new HashMap<>();
        Map<String, float[]> vectors = new HashMap<>();
        resumes.forEach((id, text) -> {
            wholeText.put(id, model.embed(head(text)));
            vectors.put(id, Vectors.centroid(model.embedAll(Statements.of(text, Statements.MAX_RESUME_STATEMENTS))));
        });
        List<float[]> catalogue = new ArrayList<>();
        jobs.forEach((id, text) -> {
            wholeText.put(id, model.embed(head(text)));
            vectors.put(id, Vectors.centroid(model.embedAll(Statements.of(text, Statements.MAX_JOB_STATEMENTS))));
            catalogue.add(vectors.get(id));
        });
        model.save();
        EmbeddingCentre centre = EmbeddingCentre.of(catalogue);
        long embedded = System.nanoTime();

        TextProfiles profiles = new TextProfiles(knowledge.current());
        Map<String, CandidateProfile> candidates = new HashMap<>();
        resumes.forEach((id, text) -> candidates.put(id, profiles.candidate(id, text)));
        Map<String, JobProfile> jobProfiles = new HashMap<>();
        jobs.forEach((id, text) -> jobProfiles.put(id, profiles.job(id, text)));
        Weights white = weights.find(CollarType.WHITE, CollarWeightsConfig.DEFAULT_VARIANT).orElseThrow().weights();
        Weights skillsOnly = new Weights(0, 0, 1, 0, 0, 0);
        Map<String, Weights> otherWeights = new LinkedHashMap<>();
        for (CollarType collar : CollarType.values()) {
            if (collar != CollarType.WHITE) {
                weights.find(collar, CollarWeightsConfig.DEFAULT_VARIANT)
                        .ifPresent(w -> otherWeights.put("  with %s weights".formatted(collar), w.weights()));
            }
        }
        otherWeights.put("  with an equal split", new Weights(0.17, 0.17, 0.17, 0.16, 0.17, 0.16));
        MatchScorer scorer = new MatchScorer(knowledge.current(), config.scoring().policy());

        Map<String, List<RankingMetrics.Scored>> methods = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            int label = LABELS.get(pair[2]);
            CandidateProfile candidate = candidates.get(pair[0]);
            JobProfile job = jobProfiles.get(pair[1]);
            double similarity = centre.similarity(vectors.get(pair[0]), vectors.get(pair[1]));
            MatchResult ours = scorer.grade(new ScoringInput(candidate, job, null, similarity, null), white);
            MatchResult structured = scorer.grade(new ScoringInput(candidate, job, null, null, null), white);
            Map<String, Double> scores = new LinkedHashMap<>();
            scores.put("CAMSS scorer (service, WHITE)", ours.overallScore());
            otherWeights.forEach((name, w) -> scores.put(name,
                    scorer.grade(new ScoringInput(candidate, job, null, similarity, null), w).overallScore()));
            scores.put("  structured part only", structured.overallScore());
            scores.put("  skills sub-score alone", structured.subScores().skills());
            scores.put("  experience sub-score alone", structured.subScores().experience());
            scores.put("  skills weight only + semantic",
                    scorer.grade(new ScoringInput(candidate, job, null, similarity, null), skillsOnly).overallScore());
            scores.put("  semantic: statement centroids, centred", similarity);
            scores.put("  semantic: statement centroids, plain", Vectors.cosine(vectors.get(pair[0]), vectors.get(pair[1])));
            scores.put(KEYWORD_BASELINE, keywordOverlap(resumes.get(pair[0]), jobs.get(pair[1])));
            scores.put(COSINE_BASELINE, Vectors.cosine(wholeText.get(pair[0]), wholeText.get(pair[1])));
            scores.forEach((method, score) -> {
                if (score != null) {
                    methods.computeIfAbsent(method, m -> new ArrayList<>()).add(new RankingMetrics.Scored(pair[0], label, score));
                }
            });
        }
        long scored = System.nanoTime();

        System.out.printf("%nfit-pairs: %d pairs, %d resumes, %d jobs; embedding %.1f s, scoring %.1f s%n", pairs.size(),
                resumes.size(), jobs.size(), (embedded - start) / 1e9, (scored - embedded) / 1e9);
        System.out.printf("%-44s %8s %8s %10s %7s%n", "method", "AUC", "NDCG", "macro-F1", "pairs");
        methods.forEach(FitEvaluationBench::print);
        var ours = methods.get("CAMSS scorer (service, WHITE)");
        printDifferences(ours, methods);
        reRankingDepth(scorer, white, candidates, jobProfiles, vectors, centre);
        System.out.println();
    }

    /**
     * What the service's re-ranking depth leaves out: per resume, all jobs scored (the full re-ranking) against only
     * the D nearest by plain cosine scored, as retrieval orders them; printed is the share of the full re-ranking's
     * top 20 that the D nearest contain. The catalogue here has 280 jobs, so D is a larger share of it than in a
     * real catalogue: read the figures as how far down the similarity order the best matches sit.
     */
    private static void reRankingDepth(MatchScorer scorer, Weights weights, Map<String, CandidateProfile> candidates,
                                       Map<String, JobProfile> jobs, Map<String, float[]> vectors, EmbeddingCentre centre) {
        int top = 20;
        int[] depths = {20, 40, 60, 100};
        double[] found = new double[depths.length];
        double[] foundCentred = new double[depths.length];
        for (var candidate : candidates.entrySet()) {
            float[] resume = vectors.get(candidate.getKey());
            record Job(String id, double cosine, double centred, double score) {
            }
            List<Job> byCosine = jobs.keySet().stream().sorted().map(id -> {
                double centred = centre.similarity(resume, vectors.get(id));
                return new Job(id, Vectors.cosine(resume, vectors.get(id)), centred, scorer.grade(new ScoringInput(
                        candidate.getValue(), jobs.get(id), null, centred, null), weights).overallScore());
            }).sorted(Comparator.comparingDouble(Job::cosine).reversed()).toList();
            List<Job> byCentred = byCosine.stream().sorted(Comparator.comparingDouble(Job::centred).reversed()).toList();
            Comparator<Job> best = Comparator.comparingDouble(Job::score).reversed().thenComparing(Job::id);
            Set<String> full = byCosine.stream().sorted(best).limit(top).map(Job::id).collect(Collectors.toSet());
            for (int d = 0; d < depths.length; d++) {
                found[d] += byCosine.stream().limit(depths[d]).sorted(best).limit(top).filter(j -> full.contains(j.id())).count()
                        / (double) top;
                foundCentred[d] += byCentred.stream().limit(depths[d]).sorted(best).limit(top).filter(j -> full.contains(j.id()))
                        .count() / (double) top;
            }
        }
        for (int d = 0; d < depths.length; d++) {
            System.out.printf("re-ranking the %d nearest of %d jobs finds %.1f %% of the full re-ranking's top %d "
                            + "(%.1f %% if nearest by centred similarity)%n", depths[d], jobs.size(),
                    100 * found[d] / candidates.size(), top, 100 * foundCentred[d] / candidates.size());
        }
    }

    /**
     * Whether CAMSS beats each baseline by more than chance: on every measure the ratio, the difference and its 95 %
     * interval over resamples of the resumes (a difference is clear when the whole interval is above zero).
     */
    private static void printDifferences(List<RankingMetrics.Scored> ours, Map<String, List<RankingMetrics.Scored>> methods) {
        Map<String, ToDoubleFunction<List<RankingMetrics.Scored>>> measures = new LinkedHashMap<>();
        measures.put("AUC", RankingMetrics::auc);
        measures.put("NDCG", RankingMetrics::meanNdcg);
        measures.put("macro-F1", RankingMetrics::macroF1);
        for (String baseline : List.of(KEYWORD_BASELINE, COSINE_BASELINE)) {
            List<RankingMetrics.Scored> other = methods.get(baseline);
            StringBuilder line = new StringBuilder("CAMSS vs " + baseline.substring(10) + " (ratio, difference, 95 % "
                    + "interval over " + BOOTSTRAP_ROUNDS + " resamples of the resumes):");
            measures.forEach((name, measure) -> {
                double[] d = RankingMetrics.pairedBootstrap(ours, other, measure, BOOTSTRAP_ROUNDS, 7);
                line.append(String.format(" %s %.3f, %+.3f [%+.3f, %+.3f];", name,
                        measure.applyAsDouble(ours) / measure.applyAsDouble(other), d[0], d[1], d[2]));
            });
            System.out.println(line);
        }
    }

    private static void print(String name, List<RankingMetrics.Scored> scored) {
        System.out.printf("%-44s %8.3f %8.3f %10.3f %7d%n", name, RankingMetrics.auc(scored), RankingMetrics.meanNdcg(scored),
                RankingMetrics.macroF1(scored), scored.size());
    }

    /** Share of the job's distinct words found in the resume. */
    static double keywordOverlap(String resume, String job) {
        Set<String> jobWords = Terms.words(job);
        return Terms.coverage(jobWords, Terms.words(resume));
    }

    /** The baseline embeds a text once, as far as the model reads (about its first 2,000 characters). */
    private static String head(String text) {
        return text.length() > BASELINE_EMBEDDED_CHARS ? text.substring(0, BASELINE_EMBEDDED_CHARS) : text;
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
