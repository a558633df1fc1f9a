package com.jobmatch.matching.bench;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.Vectors;
import com.jobmatch.contract.model.Weights;
import com.jobmatch.matching.enrichment.PostingRequirements;
import com.jobmatch.matching.enrichment.Statements;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import com.jobmatch.matching.scoring.InferredOccupation;
import com.jobmatch.matching.scoring.PostingOccupation;
import com.jobmatch.matching.scoring.MatchScorer;
import com.jobmatch.matching.scoring.NearestOccupation;
import com.jobmatch.matching.scoring.ScoringInput;
import com.jobmatch.matching.scoring.ScoringPolicy;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How many of the 280 fit-pairs postings get an occupation, and by which reading: named (title, announcement, opening
 * or repeated label, {@link Occupations#ofJob}), inferred from the labels the text uses, nearest by embedding
 * ({@link NearestOccupation}), or none; before (without the embedding) and after. Then, on the 4,500 pairs, how often
 * the scorer knows the education sub-score where the resume names a degree and the experience sub-score where it
 * shows dated roles. Offline: postings are imported as bench/api_fit_eval.py imports them (title "Posting &lt;id&gt;",
 * the text as description, the experience and education the text states as enrichment reads them) and embedded as
 * enrichment embeds them (title and text cut into statements, their unit centroid) by the model ai-service uses, in
 * process; resumes are read with {@link TextProfiles}' plain patterns, not resume-service, so the pair shares are
 * an approximation of the API bench's. Also prints the evidence for {@link NearestOccupation}'s threshold: on postings
 * whose occupation is named, how often the nearest occupation is in the named one's ISCO major group (which sets the
 * usual education level), by similarity. Run with bench/occupation-coverage.sh; skipped without the data.
 */
@Tag("bench")
class OccupationCoverageBench {

    private static final double[] BANDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 1.01};
    /** Texts that are about no work, as a posting of them would be embedded: how near their nearest occupation is. */
    private static final List<String> NO_WORK = List.of(
            "b\n\nc",
            "Posting 12\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
                    + "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco.",
            "Posting 13\n\nPreheat the oven to 180 degrees. Mix the flour, sugar and butter until crumbly. Add two eggs "
                    + "and the milk, stir well and bake for forty minutes until golden.",
            "Posting 14\n\nTomorrow will be cloudy with showers in the afternoon. Winds from the west, light to moderate. "
                    + "Highs around 14 degrees, lows near 6 at night.",
            "Posting 15\n\nThe home side scored twice in the second half to win the derby 2-1. The visitors had led "
                    + "since the tenth minute after a header from a corner.",
            "Posting 16\n\nClick here to apply. Equal opportunity employer. All qualified applicants will receive "
                    + "consideration for employment without regard to race, color, religion, sex or national origin.");

    @Test
    void printsHowPostingsGetAnOccupationBeforeAndAfterTheNearestByEmbedding() throws IOException {
        Path dir = FitEvaluationBench.data();
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: no fit-pairs data at " + dir);
        Map<String, String> jobs = read(dir.resolve("job_descriptions.csv"), "jd_id", "job_description_text");
        Map<String, String> resumes = read(dir.resolve("resumes.csv"), "resume_id", "resume_text");
        List<String[]> pairs = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("pairs.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                pairs.add(new String[] {r.get("resume_id"), r.get("jd_id")});
            }
        }

        EmbeddingCache model = EmbeddingCache.open(Path.of("target", "fit-eval-embeddings.bin"));
        Map<String, JobProfile> postings = new LinkedHashMap<>();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        jobs.forEach((id, text) -> {
            JobProfile job = posting(id, text);
            postings.put(id, job);
            // As JobEnrichmentStore.jobText gives it to the embedding: title, a blank line, the description.
            vectors.put(id, Vectors.centroid(model.embedAll(Statements.of(job.title() + "\n\n" + text,
                    Statements.MAX_JOB_STATEMENTS))));
        });
        model.save();

        Map<String, int[]> readings = new LinkedHashMap<>();
        for (String reading : List.of("named", "inferred from text", "nearest by embedding", "none")) {
            readings.put(reading, new int[2]);
        }
        List<double[]> namedNearest = new ArrayList<>();
        List<String> guessedByEmbedding = new ArrayList<>();
        postings.forEach((id, job) -> {
            Optional<Occupation> named = Occupations.shipped().ofJob(job);
            Optional<InferredOccupation> before = PostingOccupation.read(job, null).inferred();
            Optional<InferredOccupation> after = PostingOccupation.read(job, vectors.get(id)).inferred();
            readings.get(reading(named, before))[0]++;
            readings.get(reading(named, after))[1]++;
            Optional<NearestOccupation.Near> nearest = NearestOccupation.shipped().nearest(vectors.get(id));
            if (named.isPresent() && nearest.isPresent()) {
                boolean sameLevel = skillLevel(nearest.get().occupation()) == skillLevel(named.get());
                namedNearest.add(new double[] {nearest.get().similarity(), sameLevel ? 1 : 0, skillLevel(named.get())});
            }
            if (named.isEmpty() && before.isEmpty() && nearest.isPresent()) {
                guessedByEmbedding.add("%s %.3f %s (%s) %s".formatted(id, nearest.get().similarity(),
                        nearest.get().occupation().label(), nearest.get().occupation().isco(),
                        after.isPresent() ? "taken" : "too far"));
            }
        });

        writeReadings(postings, vectors);
        System.out.printf("%nfit-pairs postings: %d; occupation by reading (threshold %.2f)%n", postings.size(),
                NearestOccupation.MIN_SIMILARITY);
        System.out.printf("  %-22s %7s %7s%n", "reading", "before", "after");
        readings.forEach((reading, counts) -> System.out.printf("  %-22s %7d %7d%n", reading, counts[0], counts[1]));
        System.out.printf("%npostings naming no occupation, nearest by embedding:%n");
        guessedByEmbedding.forEach(line -> System.out.println("  " + line));

        System.out.printf("%nthreshold evidence: %d postings with a named occupation, nearest by embedding at the "
                + "named one's ISCO skill level (sets the usual education), by similarity%n", namedNearest.size());
        long commonest = java.util.stream.IntStream.rangeClosed(0, 4)
                .mapToLong(level -> namedNearest.stream().filter(s -> s[2] == level).count()).max().orElse(0);
        System.out.printf("  baseline, every posting at the commonest level: %s%n", share(commonest, namedNearest.size()));
        for (int band = 0; band + 1 < BANDS.length; band++) {
            double from = BANDS[band];
            double to = BANDS[band + 1];
            long n = namedNearest.stream().filter(s -> s[0] >= from && s[0] < to).count();
            long same = namedNearest.stream().filter(s -> s[0] >= from && s[0] < to && s[1] == 1).count();
            long atLeast = namedNearest.stream().filter(s -> s[0] >= from).count();
            long sameAtLeast = namedNearest.stream().filter(s -> s[0] >= from && s[1] == 1).count();
            System.out.printf("  %.2f-%.2f: %3d postings, %s same level | >= %.2f: %3d postings, %s same level%n",
                    from, Math.min(to, 1), n, share(same, n), from, atLeast, share(sameAtLeast, atLeast));
        }
        long below = namedNearest.stream().filter(s -> s[0] < BANDS[0]).count();
        System.out.printf("  below %.2f: %d postings%n", BANDS[0], below);
        double[] nearestOfNamed = namedNearest.stream().mapToDouble(s -> s[0]).sorted().toArray();
        System.out.printf("  similarity to the nearest occupation, named postings: 1st %.3f, 5th %.3f, 10th %.3f "
                + "percentile, median %.3f%n", percentile(nearestOfNamed, 1), percentile(nearestOfNamed, 5),
                percentile(nearestOfNamed, 10), percentile(nearestOfNamed, 50));
        System.out.printf("  texts about no work, similarity to their nearest occupation:%n");
        for (String text : NO_WORK) {
            float[] vector = Vectors.centroid(model.embedAll(Statements.of(text, Statements.MAX_JOB_STATEMENTS)));
            NearestOccupation.Near near = NearestOccupation.shipped().nearest(vector).orElseThrow();
            System.out.printf("    %.3f %-30s %s%n", near.similarity(), near.occupation().label(),
                    text.replace("\n", " ").substring(0, Math.min(60, text.length())));
        }
        model.save();

        printPairShares(pairs, resumes, postings, vectors);
    }

    /**
     * Education known where the resume names a degree, experience known where it shows dated roles, before and after,
     * as the scorer judges the pairs (semantic similarity left out: it does not decide whether either is known).
     */
    private static void printPairShares(List<String[]> pairs, Map<String, String> resumes, Map<String, JobProfile> postings,
                                        Map<String, float[]> vectors) {
        MatchScorer scorer = new MatchScorer(MatchingKnowledge.EMPTY, ScoringPolicy.DEFAULT);
        Weights weights = new Weights(0.17, 0.17, 0.17, 0.16, 0.17, 0.16);
        TextProfiles profiles = new TextProfiles(MatchingKnowledge.EMPTY);
        Map<String, CandidateProfile> candidates = new LinkedHashMap<>();
        int[] education = new int[3];
        int[] experience = new int[3];
        // Postings on whose degree-naming pairs education stays unknown: they state no level and give no usual one.
        java.util.Set<String> unknownBefore = new java.util.TreeSet<>();
        java.util.Set<String> unknownAfter = new java.util.TreeSet<>();
        for (String[] pair : pairs) {
            CandidateProfile candidate = candidates.computeIfAbsent(pair[0], id -> profiles.candidate(id, resumes.get(id)));
            JobProfile job = postings.get(pair[1]);
            MatchResult before = scorer.grade(new ScoringInput(candidate, job, null, null, null), weights);
            MatchResult after = scorer.grade(new ScoringInput(candidate, job, null, null, null,
                    PostingOccupation.read(job, vectors.get(pair[1]))), weights);
            if (!candidate.education().isEmpty()) {
                education[0]++;
                education[1] += before.subScores().qualification() != null ? 1 : 0;
                education[2] += after.subScores().qualification() != null ? 1 : 0;
                if (before.subScores().qualification() == null) {
                    unknownBefore.add(pair[1]);
                }
                if (after.subScores().qualification() == null) {
                    unknownAfter.add(pair[1]);
                }
            }
            if (candidate.totalExperienceMonths() != null) {
                experience[0]++;
                experience[1] += before.subScores().experience() != null ? 1 : 0;
                experience[2] += after.subScores().experience() != null ? 1 : 0;
            }
        }
        System.out.printf("%n%d pairs; resumes read with plain patterns (not resume-service)%n", pairs.size());
        System.out.printf("  education known, of %d pairs whose resume names a degree:  before %s, after %s%n",
                education[0], share(education[1], education[0]), share(education[2], education[0]));
        System.out.printf("  experience known, of %d pairs whose resume has dated roles: before %s, after %s%n",
                experience[0], share(experience[1], experience[0]), share(experience[2], experience[0]));
        System.out.printf("  postings leaving education unknown where the resume names a degree: before %d, after %d %s%n",
                unknownBefore.size(), unknownAfter.size(), unknownAfter);
    }

    /**
     * The ISCO-08 skill level of an occupation's major group (ILO, ISCO-08 vol. 1, table 2), which the usual education
     * follows: 4 for managers and professionals, 3 for technicians, 2 for groups 4-8, 1 for elementary work, 0 for
     * the armed forces (any level).
     */
    private static int skillLevel(Occupation occupation) {
        return switch (occupation.isco().charAt(0)) {
            case '1', '2' -> 4;
            case '3' -> 3;
            case '9' -> 1;
            case '0' -> 0;
            default -> 2;
        };
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    /**
     * With {@code -Dreadings.out=FILE}: every posting's reading, one line each (posting id, how it was read, label,
     * ISCO group, the text's first 140 characters), so that the readings of two versions of the code can be compared
     * and the ones that changed judged.
     */
    private static void writeReadings(Map<String, JobProfile> postings, Map<String, float[]> vectors) throws IOException {
        String out = System.getProperty("readings.out");
        if (out == null || out.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        postings.forEach((id, job) -> {
            PostingOccupation reading = PostingOccupation.read(job, vectors.get(id));
            String opening = job.description().replaceAll("\\s+", " ");
            lines.add(String.join("\t", id, reading.source().name(),
                    reading.occupation() == null ? "" : reading.occupation().label(),
                    reading.occupation() == null ? "" : reading.occupation().isco(),
                    opening.substring(0, Math.min(140, opening.length()))));
        });
        Files.write(Path.of(out), lines);
        System.out.printf("%nreadings of %d postings written to %s%n", lines.size(), out);
    }

    private static String reading(Optional<Occupation> named, Optional<InferredOccupation> inferred) {
        if (named.isPresent()) {
            return "named";
        }
        return inferred.map(i -> i.source() == InferredOccupation.Source.TEXT ? "inferred from text" : "nearest by embedding")
                .orElse("none");
    }

    /** A fit-pairs posting as bench/api_fit_eval.py imports it and enrichment reads what its text states. */
    private static JobProfile posting(String id, String text) {
        return new JobProfile(UUID.nameUUIDFromBytes(id.getBytes()), "fit-pairs:" + id, "Posting " + id, "fit-pairs",
                text, List.of(), List.of(), PostingRequirements.experience(text), null, PostingRequirements.education(text),
                List.of(), null, null, List.of(), null, List.of(), null, null, false);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "-" : "%d (%.1f %%)".formatted(part, 100.0 * part / whole);
    }

    private static Map<String, String> read(Path file, String idColumn, String textColumn) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get(idColumn), r.get(textColumn));
            }
        }
        return rows;
    }
}
