package com.jobmatch.matching.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobmatch.contract.model.JobProfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Job titles read as occupations of ESCO (taxonomy/occupations.tsv.gz, built by scripts/build-occupations.py), each
 * with its ISCO-08 unit group. A title names an occupation when a run of its words is an ESCO label, longest run
 * first ("Regional CDL Truck Driver" is "truck driver", 8332); otherwise by its head noun, since English job
 * titles end in it ("ICU Nurse"): the ISCO group most labels ending in that word belong to. Seniority words are
 * not part of an occupation ("Senior", "II").
 * <p>
 * Two occupations are as close as the ISCO hierarchy says: the same unit group (4 digits) is the same kind of work,
 * the same major group (1 digit) only the same broad field.
 */
public final class Occupations {

    static final String RESOURCE = "taxonomy/occupations.tsv.gz";
    /** How much of a posting's text is read for its occupation when its title names none. */
    static final int POSTING_OPENING = 300;
    static final int CACHED_TEXTS = 50_000;

    /** An ESCO occupation label and its ISCO-08 unit group. */
    public record Occupation(String isco, String label) {
    }

    private static final Set<String> SENIORITY = Set.of("senior", "sr", "junior", "jr", "lead", "principal", "staff",
            "i", "ii", "iii", "iv", "entry", "level", "trainee", "intern", "experienced");
    private static final Occupations SHIPPED = load();

    /** label -> ISCO unit group (a preferred label wins over another occupation's alternative label). */
    private final Map<String, String> byLabel;
    /** last word of labels -> the ISCO unit group most labels ending in it belong to. */
    private final Map<String, String> byHead;
    private final int longestLabel;
    /** Titles already read: a catalogue repeats its titles, and a candidate's roles are read for every job. */
    private final Cache<String, Optional<Occupation>> titles = Caffeine.newBuilder().maximumSize(CACHED_TEXTS).build();
    private final Cache<JobProfile, Optional<Occupation>> jobs = Caffeine.newBuilder().weakKeys().build();

    Occupations(Map<String, String> byLabel, Map<String, String> byHead) {
        this.byLabel = byLabel;
        this.byHead = byHead;
        this.longestLabel = byLabel.keySet().stream().mapToInt(label -> label.split(" ").length).max().orElse(1);
    }

    public static Occupations shipped() {
        return SHIPPED;
    }

    /** The occupation a job or role title names, if any. */
    public Optional<Occupation> ofTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        return titles.get(title, t -> find(words(t), true));
    }

    /** An occupation named anywhere in a phrase ("Highly motivated Sales Associate with ..."), no head-noun guess. */
    public Optional<Occupation> namedIn(String phrase) {
        return phrase == null ? Optional.empty() : find(words(phrase), false);
    }

    /**
     * A job's occupation: its title's, else the one its posting's opening words name ("Sales Tax Accountant will be
     * focused on ..."), for postings imported without a usable title. Kept per profile instance (one job version in
     * memory): scoring asks for it once per criterion and pair.
     */
    public Optional<Occupation> ofJob(JobProfile job) {
        return jobs.get(job, j -> {
            Optional<Occupation> byTitle = ofTitle(j.title());
            String text = j.description();
            if (byTitle.isPresent() || text == null) {
                return byTitle;
            }
            return namedIn(text.length() > POSTING_OPENING ? text.substring(0, POSTING_OPENING) : text);
        });
    }

    /** 1 for the same ISCO unit group, 0.75 / 0.5 / 0.25 for the same minor, sub-major or major group, else 0. */
    public static double closeness(Occupation a, Occupation b) {
        int shared = 0;
        while (shared < 4 && a.isco().charAt(shared) == b.isco().charAt(shared)) {
            shared++;
        }
        return shared / 4.0;
    }

    private Optional<Occupation> find(List<String> words, boolean headNoun) {
        for (int length = Math.min(longestLabel, words.size()); length >= 1; length--) {
            for (int from = words.size() - length; from >= 0; from--) {
                String run = String.join(" ", words.subList(from, from + length));
                String isco = byLabel.get(run);
                if (isco != null && !(length == 1 && SENIORITY.contains(run))) {
                    return Optional.of(new Occupation(isco, run));
                }
            }
        }
        if (headNoun && !words.isEmpty()) {
            String head = words.getLast();
            String isco = byHead.get(head);
            return isco == null ? Optional.empty() : Optional.of(new Occupation(isco, head));
        }
        return Optional.empty();
    }

    /** Lower-case words of the title before any bracket or dash, without seniority words. */
    private static List<String> words(String title) {
        String main = title.toLowerCase(Locale.ROOT).split("[(\\[|]| - | – ")[0];
        List<String> words = new ArrayList<>(Arrays.asList(main.split("[^\\p{L}\\p{N}+#]+")));
        words.removeIf(word -> word.isEmpty() || SENIORITY.contains(word));
        return words;
    }

    private static Occupations load() {
        Map<String, String> preferred = new HashMap<>();
        Map<String, String> alternative = new HashMap<>();
        Map<String, Map<String, Integer>> heads = new HashMap<>();
        InputStream raw = Occupations.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                String label = String.join(" ", words(f[1]));
                if (label.isEmpty()) {
                    continue;
                }
                ("preferred".equals(f[2]) ? preferred : alternative).putIfAbsent(label, f[0]);
                String head = label.substring(label.lastIndexOf(' ') + 1);
                heads.computeIfAbsent(head, h -> new HashMap<>()).merge(f[0], 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byLabel = new HashMap<>(alternative);
        byLabel.putAll(preferred);
        Map<String, String> byHead = new HashMap<>();
        heads.forEach((head, counts) -> byHead.put(head, Collections.max(counts.entrySet(),
                Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).getKey()));
        return new Occupations(Map.copyOf(byLabel), Map.copyOf(byHead));
    }
}
