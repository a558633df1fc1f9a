package com.jobmatch.resume.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.testing.Resamples;
import com.jobmatch.resume.files.FileKind;
import com.jobmatch.resume.files.TextExtractor;
import com.jobmatch.resume.parsing.EducationHistory;
import com.jobmatch.resume.parsing.EducationLevels;
import com.jobmatch.resume.parsing.ExperienceCalculator;
import com.jobmatch.resume.parsing.ResumeTextParser;
import com.jobmatch.resume.parsing.WorkHistory;
import com.jobmatch.resume.resumes.ResumeData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import static com.jobmatch.resume.bench.FieldScores.matches;
import static com.jobmatch.resume.bench.FieldScores.prf;
import static com.jobmatch.resume.bench.FieldScores.score;
import static com.jobmatch.resume.bench.FieldScores.set;

/**
 * Resume structuring on real data from ../shared/data (never copied into the project), old parser (as committed
 * before this work, {@link BaselineResumeTextParser}) against the current one in the same run:
 * <ol>
 *   <li>resumes/entities (110 resumes, gold character spans): micro P/R/F1 of company, title, degree, college and
 *   graduation year. A prediction matches a gold value when their normalized forms are equal or one contains
 *   the other (the shorter at least 4 characters), as in ResumeParsingEvaluation.</li>
 *   <li>Confidence calibration: every role and degree field the parser fills is right or wrong against that
 *   resume's gold values. The confidence of a rule is its accuracy on the other folds (5 folds by document,
 *   Laplace-smoothed), so the reliability table (mean confidence vs accuracy per bin) and the expected calibration
 *   error are out-of-sample; the old parser's constant per section is scored the same way.</li>
 *   <li>fit-pairs/resumes.csv (453 pasted, flattened resumes): share with dated work history, an education level,
 *   total experience months, a skills section.</li>
 * </ol>
 * Run with bench/resume-structuring.sh. Skips when the data is absent.
 */
@Tag("bench")
class ResumeStructuringEvaluation {

    private static final Map<String, String> GOLD_LABELS = new LinkedHashMap<>();
    private static final int FOLDS = 5;

    static {
        GOLD_LABELS.put("company", "Companies worked at");
        GOLD_LABELS.put("title", "Designation");
        GOLD_LABELS.put("degree", "Degree");
        GOLD_LABELS.put("college", "College Name");
        GOLD_LABELS.put("year", "Graduation Year");
    }

    /** One filled field: which field, the rule that filled it, the confidence the parser gave, right or wrong. */
    private record Prediction(int document, String field, String rule, double given, boolean right) {
    }

    private static Path data() {
        return Path.of(System.getenv().getOrDefault("SHARED_DATA", "../../shared/data"));
    }

    @Test
    void goldFieldsAndCalibration() throws Exception {
        Path file = data().resolve("resumes/entities/resume-entities.jsonl");
        Assumptions.assumeTrue(Files.exists(file), "skipped: " + file + " is absent");
        ObjectMapper json = new ObjectMapper();
        List<String> contents = new ArrayList<>();
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                docs.add(json.readTree(line));
                contents.add(docs.getLast().path("content").asText());
            }
        }
        Map<Integer, Map<String, Set<String>>> completions = completions(contents);
        Map<String, int[]> nowPlain = counts();
        Map<String, int[]> oldPlain = counts();
        List<Prediction> predictions = new ArrayList<>();
        List<Prediction> oldPredictions = new ArrayList<>();
        List<DocumentCounts> perDocument = new ArrayList<>();
        int documents = 0;
        boolean debug = System.getenv("BENCH_DEBUG") != null;
        List<String> candidates = new ArrayList<>();
        for (JsonNode doc : docs) {
            String content = doc.path("content").asText();
            Map<String, Set<String>> gold = gold(doc);
            Map<String, Set<String>> completed = completed(gold, completions.getOrDefault(documents, Map.of()));
            ResumeData parsed = ResumeTextParser.parse(asUploaded(content));
            ResumeData before = BaselineResumeTextParser.parse(asUploaded(content));
            Map<String, Set<String>> predicted = fields(parsed);
            Map<String, Set<String>> predictedBefore = fields(before);
            DocumentCounts document = new DocumentCounts(counts(), counts(), counts(), counts());
            perDocument.add(document);
            for (String field : GOLD_LABELS.keySet()) {
                Set<String> g = gold.getOrDefault(field, Set.of());
                score(field, g, predicted.get(field), document.now().get(field));
                score(field, g, predictedBefore.get(field), document.old().get(field));
                score(field, completed.getOrDefault(field, Set.of()), predicted.get(field), document.nowCompleted().get(field));
                score(field, completed.getOrDefault(field, Set.of()), predictedBefore.get(field), document.oldCompleted().get(field));
                score(g, predicted.get(field), nowPlain.get(field));
                score(g, predictedBefore.get(field), oldPlain.get(field));
                if (debug && field.equals(System.getenv("BENCH_DEBUG"))) {
                    System.out.println("DOC " + documents + " gold=" + gold.get(field) + " pred=" + predicted.get(field));
                }
            }
            errors(documents, content, completed, predicted);
            candidates(documents, content, completed, parsed, candidates);
            candidates(documents, content, completed, before, candidates);
            if (System.getenv("BENCH_ROLES") != null) {
                int d = documents;
                parsed.workExperience().forEach(r -> System.out.println("ROLE " + d + " " + r.position() + " || " + r.company() + " || " + r.location()));
                parsed.education().forEach(e -> System.out.println("EDU " + d + " " + e.degree() + " || " + e.institution()));
            }
            collect(documents, content, parsed, completed, predictions);
            collectOld(documents, before, completed, oldPredictions);
            documents++;
        }
        if (System.getenv("BENCH_CANDIDATES") != null) {
            Files.write(Path.of(System.getenv("BENCH_CANDIDATES")), candidates.stream().distinct().toList());
        }
        System.out.printf("%nResume structuring on %d gold resumes (micro P/R/F1; new parser vs the parser before the structuring"
                + " work, same run)%n", documents);
        System.out.println("Matching: normalised values equal, the shorter (>= 4 characters) inside the longer, or the shorter the"
                + " longer's first whole words; companies without a trailing legal form (bench/resume-gold-audit.md).");
        System.out.printf("Completed gold: + %d company and %d degree values judged literally an employer / a degree of that resume"
                + " (%s); title has no completions.%n", completions.values().stream().mapToInt(m -> m.getOrDefault("company", Set.of()).size()).sum(),
                completions.values().stream().mapToInt(m -> m.getOrDefault("degree", Set.of()).size()).sum(), COMPLETIONS);
        System.out.printf("%-8s %-41s | %s%n", "", "gold as labelled", "gold + completions");
        System.out.printf("%-8s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s%n", "field", "P", "R", "F1", "old P", "old R",
                "old F1", "P", "R", "F1", "old P", "old R", "old F1");
        int[] all = IntStream.range(0, perDocument.size()).toArray();
        for (String field : GOLD_LABELS.keySet()) {
            double[] n = prf(summed(perDocument, all, DocumentCounts::now, field));
            double[] o = prf(summed(perDocument, all, DocumentCounts::old, field));
            double[] nc = prf(summed(perDocument, all, DocumentCounts::nowCompleted, field));
            double[] oc = prf(summed(perDocument, all, DocumentCounts::oldCompleted, field));
            System.out.printf(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n", field,
                    n[0], n[1], n[2], o[0], o[1], o[2], nc[0], nc[1], nc[2], oc[0], oc[1], oc[2]);
        }
        System.out.println("Gold as labelled, matching without the first-words and legal-form rules (F1 new / old):");
        for (String field : GOLD_LABELS.keySet()) {
            System.out.printf(Locale.ROOT, "  %-8s %.3f / %.3f%n", field, prf(nowPlain.get(field))[2], prf(oldPlain.get(field))[2]);
        }
        intervals(perDocument);
        calibration(predictions, oldPredictions);
    }

    /** One gold resume's counts per field (new and old parser, gold as labelled and completed): the totals and the resamples sum them. */
    private record DocumentCounts(Map<String, int[]> now, Map<String, int[]> old, Map<String, int[]> nowCompleted,
                                  Map<String, int[]> oldCompleted) {
    }

    /** Each field's F1 with a 95 % interval over resamples of the gold resumes, and new minus old on the same resamples. */
    private static void intervals(List<DocumentCounts> documents) {
        Resamples resamples = new Resamples(documents.size());
        System.out.printf("%n95 %% intervals over %d resamples of the gold resumes: F1, then new minus old%n", Resamples.RESAMPLES);
        System.out.printf("%-8s %-50s | %s%n", "field", "gold as labelled", "gold + completions");
        for (String field : GOLD_LABELS.keySet()) {
            System.out.printf("%-8s %-50s | %s%n", field,
                    f1WithInterval(resamples, documents, field, DocumentCounts::now, DocumentCounts::old),
                    f1WithInterval(resamples, documents, field, DocumentCounts::nowCompleted, DocumentCounts::oldCompleted));
        }
    }

    private static String f1WithInterval(Resamples resamples, List<DocumentCounts> documents, String field,
                                         Function<DocumentCounts, Map<String, int[]>> parser,
                                         Function<DocumentCounts, Map<String, int[]>> baseline) {
        ToDoubleFunction<int[]> f1 = pick -> prf(summed(documents, pick, parser, field))[2];
        ToDoubleFunction<int[]> baselineF1 = pick -> prf(summed(documents, pick, baseline, field))[2];
        double value = f1.applyAsDouble(resamples.all());
        return Resamples.format(value, resamples.interval(f1), false) + " " + Resamples.format(value - baselineF1.applyAsDouble(resamples.all()),
                resamples.interval(pick -> f1.applyAsDouble(pick) - baselineF1.applyAsDouble(pick)), true);
    }

    private static int[] summed(List<DocumentCounts> documents, int[] pick, Function<DocumentCounts, Map<String, int[]>> side,
                                String field) {
        int[] sum = new int[4];
        for (int i : pick) {
            int[] counts = side.apply(documents.get(i)).get(field);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += counts[k];
            }
        }
        return sum;
    }

    private static final String COMPLETIONS = "bench/resume-gold-completions.jsonl";

    /**
     * The audited completions: per resume (line number in resume-entities.jsonl, from 0) and field, the values judged
     * true. Every entry's span must hold its value in that resume's text, so the audit stays tied to the data.
     */
    private static Map<Integer, Map<String, Set<String>>> completions(List<String> contents) throws Exception {
        Path file = Path.of(System.getProperty("user.dir")).resolveSibling(COMPLETIONS);
        Map<Integer, Map<String, Set<String>>> result = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            System.out.println("no " + file + ": completed gold = gold as labelled");
            return result;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = json.readTree(line);
            int resume = c.path("resume").asInt();
            String value = c.path("value").asText();
            int start = c.path("start").asInt();
            int end = c.path("end").asInt();
            String content = contents.get(resume);
            boolean spanHolds = start >= 0 && end <= content.length() && content.substring(start, end).equals(value);
            // A value judged true must sit at its span; one judged false may be a parser's joined value with no span.
            if (start >= 0 && !spanHolds || c.path("judged").asBoolean() && !spanHolds) {
                throw new IllegalStateException("completion span does not hold its value: " + line);
            }
            if (c.path("judged").asBoolean()) {
                result.computeIfAbsent(resume, k -> new LinkedHashMap<>())
                        .computeIfAbsent(c.path("field").asText(), k -> new LinkedHashSet<>()).addAll(set(List.of(value)));
            }
        }
        return result;
    }

    private static Map<String, Set<String>> completed(Map<String, Set<String>> gold, Map<String, Set<String>> added) {
        Map<String, Set<String>> completed = new LinkedHashMap<>();
        gold.forEach((field, values) -> completed.put(field, new LinkedHashSet<>(values)));
        added.forEach((field, values) -> completed.computeIfAbsent(field, k -> new LinkedHashSet<>()).addAll(values));
        return completed;
    }

    /**
     * With BENCH_CANDIDATES=file: each company and degree a parser gave that matches nothing in the completed gold,
     * as a JSON line to judge (resume, field, value as the parser gave it, its first span in the text, its line).
     */
    private static void candidates(int document, String content, Map<String, Set<String>> gold, ResumeData data, List<String> out) {
        Map<String, List<String>> raw = Map.of(
                "company", data.workExperience().stream().map(ResumeData.WorkExperience::company).filter(v -> v != null).toList(),
                "degree", data.education().stream().map(ResumeData.Education::degree).filter(v -> v != null).toList());
        ObjectMapper json = new ObjectMapper();
        raw.forEach((field, values) -> {
            for (String value : values) {
                Set<String> normalized = set(List.of(value));
                if (normalized.isEmpty() || gold.getOrDefault(field, Set.of()).stream()
                        .anyMatch(g -> matches(field, normalized.iterator().next(), g))) {
                    continue;
                }
                int at = content.indexOf(value);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("resume", document);
                row.put("field", field);
                row.put("value", value);
                row.put("start", at);
                row.put("end", at < 0 ? -1 : at + value.length());
                row.put("line", lineOf(content, normalized.iterator().next()));
                try {
                    out.add(json.writeValueAsString(row));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /**
     * With BENCH_ERRORS set, every company, title and degree error of the new parser against the completed gold, one
     * a line: FP (a value the parser gave that matches no gold value) and FN (a gold value nothing matches), with the
     * text line it is on.
     */
    private static void errors(int document, String content, Map<String, Set<String>> gold, Map<String, Set<String>> now) {
        if (System.getenv("BENCH_ERRORS") == null) {
            return;
        }
        for (String field : List.of("company", "title", "degree")) {
            Set<String> g = gold.getOrDefault(field, Set.of());
            for (String p : now.get(field)) {
                if (g.stream().noneMatch(x -> matches(field, p, x))) {
                    System.out.println("ERR " + document + " " + field + " FP [" + p + "] gold=" + g + " line: " + lineOf(content, p));
                }
            }
            for (String x : g) {
                if (now.get(field).stream().noneMatch(p -> matches(field, p, x))) {
                    System.out.println("ERR " + document + " " + field + " FN [" + x + "] pred=" + now.get(field) + " line: " + lineOf(content, x));
                }
            }
        }
    }

    /** The first line of the text whose normalised form holds the normalised value. */
    private static String lineOf(String content, String normalized) {
        for (String line : content.split("\\n")) {
            Set<String> form = set(List.of(line));
            if (!form.isEmpty() && form.iterator().next().contains(normalized)) {
                return line.strip();
            }
        }
        return "?";
    }

    private static void collect(int document, String content, ResumeData data, Map<String, Set<String>> gold,
                                List<Prediction> out) {
        Map<String, Double> confidence = data.confidence();
        ResumeTextParser.FoundRoles found = ResumeTextParser.roles(content);
        String where = found.outsideExperience() ? "/outside" : "";
        for (int i = 0; i < data.workExperience().size(); i++) {
            ResumeData.WorkExperience role = data.workExperience().get(i);
            WorkHistory.Role rules = found.roles().get(i);
            add(out, document, "company", rules.companyRule() + where, role.company(), gold,
                    confidence.get("work_experience[" + i + "].company"));
            add(out, document, "title", rules.titleRule() + where, role.position(), gold,
                    confidence.get("work_experience[" + i + "].position"));
        }
        List<EducationHistory.Degree> degrees = ResumeTextParser.degrees(content);
        for (int i = 0; i < data.education().size(); i++) {
            ResumeData.Education edu = data.education().get(i);
            add(out, document, "degree", degrees.get(i).degreeRule(), edu.degree(), gold, confidence.get("education[" + i + "].degree"));
            add(out, document, "college", degrees.get(i).schoolRule(), edu.institution(), gold,
                    confidence.get("education[" + i + "].institution"));
            add(out, document, "year", degrees.get(i).yearRule(), edu.graduationDate(), gold,
                    confidence.get("education[" + i + "].graduation_date"));
        }
    }

    /** The old parser gives one confidence per section ("work_experience", "education"). */
    private static void collectOld(int document, ResumeData data, Map<String, Set<String>> gold, List<Prediction> out) {
        Map<String, Double> confidence = data.confidence();
        for (ResumeData.WorkExperience role : data.workExperience()) {
            add(out, document, "company", "section", role.company(), gold, confidence.get("work_experience"));
            add(out, document, "title", "section", role.position(), gold, confidence.get("work_experience"));
        }
        for (ResumeData.Education edu : data.education()) {
            add(out, document, "degree", "section", edu.degree(), gold, confidence.get("education"));
            add(out, document, "college", "section", edu.institution(), gold, confidence.get("education"));
            add(out, document, "year", "section", edu.graduationDate(), gold, confidence.get("education"));
        }
    }

    private static void add(List<Prediction> out, int document, String field, String rule, String value,
                            Map<String, Set<String>> gold, Double given) {
        Set<String> normalized = set(java.util.Collections.singletonList(value));
        if (normalized.isEmpty() || given == null) {
            return;
        }
        String v = normalized.iterator().next();
        boolean right = gold.getOrDefault(field, Set.of()).stream().anyMatch(g -> matches(field, v, g));
        out.add(new Prediction(document, field, field + "/" + rule, given, right));
    }

    private static void calibration(List<Prediction> predictions, List<Prediction> oldPredictions) {
        System.out.printf("%nRule accuracy on all gold resumes (field/rule: n, share right)%n");
        Map<String, int[]> byRule = new TreeMap<>();
        for (Prediction p : predictions) {
            int[] c = byRule.computeIfAbsent(p.rule(), k -> new int[2]);
            c[0]++;
            c[1] += p.right() ? 1 : 0;
        }
        byRule.forEach((rule, c) -> System.out.printf(Locale.ROOT, "  %-34s n=%4d right=%.3f%n", rule, c[0], (double) c[1] / c[0]));

        List<double[]> crossValidated = new ArrayList<>();
        for (Prediction p : predictions) {
            int[] c = new int[2];
            for (Prediction q : predictions) {
                if (q.rule().equals(p.rule()) && q.document() % FOLDS != p.document() % FOLDS) {
                    c[0]++;
                    c[1] += q.right() ? 1 : 0;
                }
            }
            crossValidated.add(new double[] {(c[1] + 1.0) / (c[0] + 2.0), p.right() ? 1 : 0});
        }
        List<double[]> given = predictions.stream().map(p -> new double[] {p.given(), p.right() ? 1 : 0}).toList();
        List<double[]> oldGiven = oldPredictions.stream().map(p -> new double[] {p.given(), p.right() ? 1 : 0}).toList();
        reliability("new parser, confidence per rule re-estimated on the other folds (5-fold CV)", crossValidated);
        reliability("new parser, confidence as shipped (fitted on all gold resumes: in-sample)", given);
        reliability("old parser, constant confidence per section", oldGiven);
    }

    private static void reliability(String title, List<double[]> points) {
        System.out.printf("%nReliability: %s (%d fields)%n", title, points.size());
        System.out.printf("%-9s %5s %9s %9s%n", "bin", "n", "mean conf", "accuracy");
        double ece = 0;
        double brier = 0;
        for (int b = 0; b < 5; b++) {
            double lo = b / 5.0;
            double hi = (b + 1) / 5.0;
            int n = 0;
            double conf = 0;
            double right = 0;
            for (double[] p : points) {
                if (p[0] >= lo && (p[0] < hi || b == 4)) {
                    n++;
                    conf += p[0];
                    right += p[1];
                }
            }
            if (n > 0) {
                System.out.printf(Locale.ROOT, "%.1f-%.1f  %5d %9.3f %9.3f%n", lo, hi, n, conf / n, right / n);
                ece += Math.abs(conf / n - right / n) * n / points.size();
            }
        }
        for (double[] p : points) {
            brier += (p[0] - p[1]) * (p[0] - p[1]) / points.size();
        }
        System.out.printf(Locale.ROOT, "expected calibration error %.3f, Brier score %.3f%n", ece, brier);
    }

    /** The text as an upload of it is stored and parsed (resume-service's text normalisation, {@link TextExtractor}). */
    private static String asUploaded(String text) {
        try {
            return new TextExtractor(Integer.MAX_VALUE).extract(FileKind.TEXT, text.getBytes(StandardCharsets.UTF_8));
        } catch (TextExtractor.UnreadableFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void flattenedResumesCoverage() throws Exception {
        Path file = data().resolve("fit-pairs/resumes.csv");
        Assumptions.assumeTrue(Files.exists(file), "skipped: " + file + " is absent");
        List<String> texts = resumeTexts(Files.readString(file));
        ExperienceCalculator calculator = new ExperienceCalculator(Clock.systemUTC());
        System.out.printf("%nFlattened pasted resumes: %d (fit-pairs/resumes.csv), share with ...%n", texts.size());
        System.out.printf("%-34s %7s %7s%n", "", "new", "old");
        Map<String, Function<ResumeData, Boolean>> checks = new LinkedHashMap<>();
        checks.put("dated work history (>=1 start date)", d -> d.workExperience().stream().anyMatch(r -> r.startDate() != null
                && r.startDate().matches("\\d{4}-\\d{2}")));
        checks.put("role with title and employer", d -> d.workExperience().stream().anyMatch(r -> r.position() != null && r.company() != null));
        checks.put("education level", d -> d.education().stream().anyMatch(e -> EducationLevels.of(e.degree()) != null));
        checks.put("total experience months", d -> calculator.apply(d).totalExperienceMonths() != null
                && calculator.apply(d).totalExperienceMonths() > 0);
        checks.put("skills section", d -> !d.skills().isEmpty());
        checks.put("certification or licence", d -> !d.certifications().isEmpty());
        List<ResumeData> now = texts.stream().map(text -> ResumeTextParser.parse(asUploaded(text))).toList();
        List<ResumeData> old = texts.stream().map(text -> BaselineResumeTextParser.parse(asUploaded(text))).toList();
        checks.forEach((name, check) -> System.out.printf(Locale.ROOT, "%-34s %6.1f%% %6.1f%%%n", name,
                100.0 * now.stream().filter(check::apply).count() / texts.size(),
                100.0 * old.stream().filter(check::apply).count() / texts.size()));
        // Which resumes miss the two fields the matcher's experience and education sub-scores need (row numbers
        // of resumes.csv from 0); BENCH_DEBUG_EDU and BENCH_DEBUG_FLAT print what they say.
        for (String name : List.of("education level", "dated work history (>=1 start date)")) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (!checks.get(name).apply(now.get(i))) {
                    missing.add(i);
                }
            }
            System.out.printf("without %s: %d %s%n", name, missing.size(), missing);
        }
        if (System.getenv("BENCH_DEBUG_EDU") != null) {
            for (int i = 0; i < texts.size(); i++) {
                if (!checks.get("education level").apply(now.get(i))) {
                    String t = texts.get(i);
                    int at = t.toLowerCase(Locale.ROOT).lastIndexOf("education");
                    System.out.println("NOEDU " + i + " edu=" + now.get(i).education() + " :: "
                            + (at < 0 ? "(no 'education')" : t.substring(at, Math.min(t.length(), at + 250))).replace("\n", "\\n"));
                }
            }
        }
        if (System.getenv("BENCH_DEBUG_FLAT") != null) {
            for (int i = 0; i < texts.size(); i++) {
                if (!checks.get("dated work history (>=1 start date)").apply(now.get(i))) {
                    System.out.println("MISS " + i + ": " + texts.get(i).substring(0, Math.min(300, texts.get(i).length())).replace("\n", "\\n"));
                }
            }
            for (int i = 0; i < 12; i++) {
                now.get(i * 37).workExperience().forEach(r -> System.out.println("ROLE " + r.position() + " || " + r.company()
                        + " || " + r.location() + " || " + r.startDate() + " - " + r.endDate() + " " + r.isCurrent()));
                now.get(i * 37).education().forEach(e -> System.out.println("EDU " + e.degree() + " || " + e.institution() + " || " + e.graduationDate()));
            }
        }
    }

    /** The second column of a two-column CSV with a header, fields quoted as RFC 4180 has it. */
    private static List<String> resumeTexts(String csv) {
        List<String> texts = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (row.size() >= 2) {
                    texts.add(row.get(1));
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            row.add(field.toString());
            if (row.size() >= 2) {
                texts.add(row.get(1));
            }
        }
        return texts.subList(1, texts.size());
    }

    private static Map<String, Set<String>> fields(ResumeData data) {
        return Map.of(
                "company", set(data.workExperience().stream().map(ResumeData.WorkExperience::company).toList()),
                "title", set(data.workExperience().stream().map(ResumeData.WorkExperience::position).toList()),
                "degree", set(data.education().stream().map(ResumeData.Education::degree).toList()),
                "college", set(data.education().stream().map(ResumeData.Education::institution).toList()),
                "year", set(data.education().stream().map(ResumeData.Education::graduationDate)
                        .map(y -> y == null ? null : y.replaceAll(".*?((?:19|20)\\d{2}).*", "$1")).toList()));
    }

    private static Map<String, int[]> counts() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        GOLD_LABELS.keySet().forEach(f -> counts.put(f, new int[4]));
        return counts;
    }

    private static Map<String, Set<String>> gold(JsonNode doc) {
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        for (JsonNode annotation : doc.path("annotation")) {
            for (JsonNode label : annotation.path("label")) {
                for (Map.Entry<String, String> field : GOLD_LABELS.entrySet()) {
                    if (field.getValue().equals(label.asText())) {
                        for (JsonNode point : annotation.path("points")) {
                            String text = point.path("text").asText();
                            if (text.strip().length() <= 80) {
                                gold.computeIfAbsent(field.getKey(), k -> new LinkedHashSet<>()).addAll(set(List.of(text)));
                            }
                        }
                    }
                }
            }
        }
        return gold;
    }
}
