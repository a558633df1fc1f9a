package com.jobmatch.matching.enrichment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Posting terms read from free text ({@link PostingFacts}) against what LinkedIn's own structured field says, on the
 * 1,950 LinkedIn postings of ../shared/data/jobs/linkedin-2018 (never copied into the project): employment type read
 * from title and description vs the posting's employment_type. Prints coverage and agreement with Wilson 95 %
 * intervals beside the majority baseline (every posting full-time), the recall of each type that is not full-time, and
 * how often work arrangement and pay are read from the text of the LinkedIn, Glassdoor and fit-pairs postings (these
 * have no gold for them). Run by bench/posting-facts.sh; skipped without the data.
 */
@Tag("bench")
class PostingFactsEvaluation {

    private static final double Z = 1.959964;

    private static Path data() {
        return Path.of(System.getenv().getOrDefault("SHARED_DATA", "../../shared/data"));
    }

    private static Map<String, String> GOLD = Map.of("full-time", "FULL_TIME", "contract", "CONTRACT",
            "temporary", "TEMPORARY", "part-time", "PART_TIME", "internship", "INTERNSHIP", "volunteer", "VOLUNTEER");

    private record Posting(String title, String text, String gold) {
    }

    @Test
    void employmentTypeAgainstLinkedInsField() throws Exception {
        Path dir = data().resolve("jobs/linkedin-2018");
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " is absent");
        List<Posting> postings = new ArrayList<>();
        for (String file : List.of("DataAnalyst.csv", "DataScientist.csv")) {
            for (CSVRecord row : rows(dir.resolve(file))) {
                String gold = GOLD.get(row.get("employment_type").strip().toLowerCase(Locale.ROOT));
                if (gold != null) {
                    postings.add(new Posting(row.get("title"), row.get("description"), gold));
                }
            }
        }
        int read = 0;
        int agree = 0;
        int majority = 0;
        Map<String, int[]> byType = new java.util.TreeMap<>();
        for (Posting p : postings) {
            List<String> types = PostingFacts.read(p.title(), p.text()).employmentTypes();
            majority += p.gold().equals("FULL_TIME") ? 1 : 0;
            int[] counts = byType.computeIfAbsent(p.gold(), k -> new int[3]);
            counts[0]++;
            if (!types.isEmpty()) {
                read++;
                counts[1]++;
                // Agreement: the posting's type is among those its text states (a "full-time contract" states both).
                if (types.contains(p.gold())) {
                    agree++;
                    counts[2]++;
                }
            }
        }
        System.out.printf("%nemployment type from text vs LinkedIn's field, %d postings%n", postings.size());
        System.out.printf("  read from the text on      %s%n", share(read, postings.size()));
        System.out.printf("  right where read           %s%n", share(agree, read));
        System.out.printf("  baseline: all full-time    %s right%n", share(majority, postings.size()));
        System.out.printf("  %-11s %7s %7s %18s%n", "gold type", "postings", "read", "right where read");
        byType.forEach((type, c) -> System.out.printf("  %-11s %7d %7d %18s%n", type, c[0], c[1], share(c[2], c[1])));
    }

    @Test
    void arrangementAndPayCoverage() throws Exception {
        List<Posting> postings = new ArrayList<>();
        Path linkedin = data().resolve("jobs/linkedin-2018");
        Path glassdoor = data().resolve("jobs/glassdoor-2019/Uncleaned_DS_jobs.csv");
        Path fitPairs = data().resolve("fit-pairs/job_descriptions.csv");
        Assumptions.assumeTrue(Files.isDirectory(linkedin) && Files.exists(glassdoor) && Files.exists(fitPairs),
                "skipped: shared job data is absent");
        for (String file : List.of("DataAnalyst.csv", "DataScientist.csv", "cal_da_500.csv", "cal_ds_500.csv")) {
            rows(linkedin.resolve(file)).forEach(r -> postings.add(new Posting(r.get("title"), r.get("description"), "linkedin")));
        }
        rows(glassdoor).forEach(r -> postings.add(new Posting(r.get("Job Title"), r.get("Job Description"), "glassdoor")));
        rows(fitPairs).forEach(r -> postings.add(new Posting("", r.get("job_description_text"), "fit-pairs")));
        Map<String, int[]> bySource = new java.util.TreeMap<>();
        boolean debug = System.getenv("BENCH_DEBUG") != null;
        for (Posting p : postings) {
            PostingFacts facts = PostingFacts.read(p.title(), p.text());
            int[] c = bySource.computeIfAbsent(p.gold(), k -> new int[4]);
            c[0]++;
            c[1] += facts.workArrangement().isPresent() ? 1 : 0;
            c[2] += facts.salary().isPresent() ? 1 : 0;
            c[3] += facts.employmentTypes().isEmpty() ? 0 : 1;
            if (debug) {
                facts.facts().forEach(f -> System.out.printf("  %s %s = %s  <<%s>>%n", p.gold(), f.field(), f.value(), f.quote()));
            }
        }
        System.out.printf("%nterms read from the text (no gold: coverage only; BENCH_DEBUG=1 lists every reading)%n");
        System.out.printf("  %-10s %8s %22s %22s %22s%n", "postings", "count", "work arrangement", "pay", "employment type");
        bySource.forEach((source, c) -> System.out.printf("  %-10s %8d %22s %22s %22s%n", source, c[0],
                share(c[1], c[0]), share(c[2], c[0]), share(c[3], c[0])));
    }

    private static List<CSVRecord> rows(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get()
                    .parse(reader).getRecords();
        }
    }

    private static String share(int k, int n) {
        if (n == 0) {
            return "n/a";
        }
        double p = (double) k / n;
        double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / (1 + Z * Z / n);
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
