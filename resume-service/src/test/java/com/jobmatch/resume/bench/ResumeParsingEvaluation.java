package com.jobmatch.resume.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.resume.files.FileKind;
import com.jobmatch.resume.files.TextExtractor;
import com.jobmatch.resume.parsing.ResumeTextParser;
import com.jobmatch.resume.resumes.ResumeData;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.jobmatch.resume.bench.FieldScores.matches;
import static com.jobmatch.resume.bench.FieldScores.prf;
import static com.jobmatch.resume.bench.FieldScores.score;
import static com.jobmatch.resume.bench.FieldScores.set;

/**
 * Evaluation of the resume parser on real data from ../shared/data (never copied into the project):
 * <ol>
 *   <li>resumes/entities: 110 resumes with gold spans. Per field, micro precision and recall of what the parser
 *   finds, next to a naive baseline (first line as the name, first e-mail-looking string, nothing else).
 *   A prediction matches a gold value when their normalized forms are equal or one contains the other
 *   (the shorter at least 4 characters).</li>
 *   <li>resumes/pdf: real PDFs (all of them, or every PDF_SAMPLE_EVERY-th): share read and structured without
 *   error, median and p90 time, next to Tika's default PDF text extraction as the baseline.</li>
 * </ol>
 * Run with bench/resume-parsing.sh. Skips when the data is absent.
 */
@Tag("bench")
class ResumeParsingEvaluation {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", "Name");
        FIELDS.put("email", "Email Address");
        FIELDS.put("companies", "Companies worked at");
        FIELDS.put("degrees", "Degree");
        FIELDS.put("skills", "Skills");
    }

    private static Path data() {
        return Path.of(System.getenv().getOrDefault("SHARED_DATA", "../../shared/data"), "resumes");
    }

    @Test
    void fieldPrecisionAndRecallOnGoldEntities() throws Exception {
        Path file = data().resolve("entities/resume-entities.jsonl");
        Assumptions.assumeTrue(Files.exists(file), "skipped: " + file + " is absent");
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> ours = new LinkedHashMap<>();
        Map<String, int[]> baseline = new LinkedHashMap<>();
        FIELDS.keySet().forEach(f -> {
            ours.put(f, new int[4]);
            baseline.put(f, new int[4]);
        });
        int documents = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            documents++;
            JsonNode doc = json.readTree(line);
            String content = doc.path("content").asText();
            Map<String, Set<String>> gold = gold(doc);
            ResumeData parsed = ResumeTextParser.parse(content);
            Map<String, Set<String>> predicted = Map.of(
                    "name", set(java.util.Collections.singletonList(parsed.contactInfo().fullName())),
                    "email", set(java.util.Collections.singletonList(parsed.contactInfo().email())),
                    "companies", set(parsed.workExperience().stream().map(ResumeData.WorkExperience::company).toList()),
                    "degrees", set(parsed.education().stream().map(ResumeData.Education::degree).toList()),
                    "skills", set(parsed.skills()));
            Map<String, Set<String>> naive = Map.of(
                    "name", set(content.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(1).toList()),
                    "email", set(firstEmail(content)),
                    "companies", Set.of(), "degrees", Set.of(), "skills", Set.of());
            for (String field : FIELDS.keySet()) {
                score(gold.getOrDefault(field, Set.of()), predicted.get(field), ours.get(field));
                score(gold.getOrDefault(field, Set.of()), naive.get(field), baseline.get(field));
            }
        }
        System.out.printf("%nResume fields on %d gold resumes (micro P/R/F1; ours vs naive baseline)%n", documents);
        System.out.printf("%-10s %7s %7s %7s | %7s %7s %7s | %s%n", "field", "P", "R", "F1", "base P", "base R", "base F1", "F1 ratio");
        for (String field : FIELDS.keySet()) {
            double[] o = prf(ours.get(field));
            double[] b = prf(baseline.get(field));
            System.out.printf("%-10s %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f | %s%n", field, o[0], o[1], o[2], b[0], b[1], b[2],
                    b[2] == 0 ? "n/a (baseline 0)" : String.format(Locale.ROOT, "%.2fx", o[2] / b[2]));
        }
    }

    @Test
    void realPdfsAreReadAndStructured() throws Exception {
        Path root = data().resolve("pdf");
        Assumptions.assumeTrue(Files.isDirectory(root), "skipped: " + root + " is absent");
        int every = Integer.parseInt(System.getenv().getOrDefault("PDF_SAMPLE_EVERY", "1"));
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(root)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i += every) {
            sample.add(pdfs.get(i));
        }
        TextExtractor extractor = new TextExtractor(200_000);
        List<Double> ourTimes = new ArrayList<>();
        List<Double> baseTimes = new ArrayList<>();
        int ok = 0;
        int baseOk = 0;
        int withName = 0;
        int withEmailOrPhone = 0;
        int withRole = 0;
        int withEducation = 0;
        // Roles, and those with a title and with an employer: ours, and the parser before the structuring work
        // (BaselineResumeTextParser) on the same extracted text.
        int[] roles = new int[2];
        int[] titled = new int[2];
        int[] employed = new int[2];
        List<String> failures = new ArrayList<>();
        for (Path pdf : sample) {
            byte[] content = Files.readAllBytes(pdf);
            long start = System.nanoTime();
            try {
                String text = extractor.extract(FileKind.PDF, content);
                ResumeData parsed = ResumeTextParser.parse(text);
                ok++;
                List<ResumeData> both = List.of(parsed, BaselineResumeTextParser.parse(text));
                for (int k = 0; k < 2; k++) {
                    for (ResumeData.WorkExperience role : both.get(k).workExperience()) {
                        roles[k]++;
                        titled[k] += role.position() != null ? 1 : 0;
                        employed[k] += role.company() != null ? 1 : 0;
                    }
                }
                withName += parsed.contactInfo().fullName() != null ? 1 : 0;
                withEmailOrPhone += parsed.contactInfo().email() != null || parsed.contactInfo().phone() != null ? 1 : 0;
                withRole += parsed.workExperience().isEmpty() ? 0 : 1;
                withEducation += parsed.education().isEmpty() ? 0 : 1;
            } catch (TextExtractor.UnreadableFileException | RuntimeException e) {
                if (failures.size() < 5) {
                    failures.add(root.relativize(pdf) + ": " + e.getMessage());
                }
            }
            ourTimes.add((System.nanoTime() - start) / 1e6);

            start = System.nanoTime();
            try {
                BodyContentHandler handler = new BodyContentHandler(-1);
                new PDFParser().parse(new ByteArrayInputStream(content), handler, new Metadata(), new ParseContext());
                baseOk += handler.toString().isBlank() ? 0 : 1;
            } catch (Exception e) {
                // counted as not read
            }
            baseTimes.add((System.nanoTime() - start) / 1e6);
        }
        int n = sample.size();
        System.out.printf("%nReal PDFs: %d of %d (every %d-th)%n", n, pdfs.size(), every);
        System.out.printf("parsed without error: %.1f%% (%d)   baseline Tika text non-empty: %.1f%%%n", 100.0 * ok / n, ok, 100.0 * baseOk / n);
        System.out.printf("with name %.1f%%, e-mail or phone %.1f%%, >=1 role %.1f%%, >=1 education %.1f%%%n",
                100.0 * withName / n, 100.0 * withEmailOrPhone / n, 100.0 * withRole / n, 100.0 * withEducation / n);
        System.out.printf("roles with a title %.1f%% and with an employer %.1f%% of %d; parser before the structuring work %.1f%% and %.1f%% of %d%n",
                100.0 * titled[0] / roles[0], 100.0 * employed[0] / roles[0], roles[0],
                100.0 * titled[1] / Math.max(1, roles[1]), 100.0 * employed[1] / Math.max(1, roles[1]), roles[1]);
        double ourMedian = percentile(ourTimes, 50);
        double baseMedian = percentile(baseTimes, 50);
        System.out.printf("time per PDF, ours (column-aware text + structuring): median %.1f ms, p90 %.1f ms%n", ourMedian, percentile(ourTimes, 90));
        System.out.printf("time per PDF, baseline (Tika default PDF text only):  median %.1f ms, p90 %.1f ms%n", baseMedian, percentile(baseTimes, 90));
        System.out.printf("median time ratio ours/baseline: %.2fx%n", ourMedian / baseMedian);
        failures.forEach(f -> System.out.println("failed: " + f));
    }

    private static Map<String, Set<String>> gold(JsonNode doc) {
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        for (JsonNode annotation : doc.path("annotation")) {
            for (JsonNode label : annotation.path("label")) {
                for (Map.Entry<String, String> field : FIELDS.entrySet()) {
                    if (field.getValue().equals(label.asText())) {
                        for (JsonNode point : annotation.path("points")) {
                            String text = point.path("text").asText();
                            Collection<String> values = field.getKey().equals("skills")
                                    ? List.of(text.split("[,\\n•;]")) : List.of(text);
                            gold.computeIfAbsent(field.getKey(), k -> new LinkedHashSet<>())
                                    .addAll(set(values.stream().filter(v -> v.strip().length() <= 60).toList()));
                        }
                    }
                }
            }
        }
        return gold;
    }

    private static List<String> firstEmail(String content) {
        Matcher m = EMAIL.matcher(content);
        return m.find() ? List.of(m.group()) : List.of();
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
