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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;

/**
 * Job titles read as occupations of ESCO (taxonomy/occupations.tsv.gz, built by scripts/build-occupations.py), each
 * with its ISCO-08 unit group. A title names an occupation when a run of its words is an ESCO label, longest run
 * first ("Regional CDL Truck Driver" is "truck driver", 8332); otherwise by its head noun, since English job
 * titles end in it ("ICU Nurse"). Seniority words are not part of an occupation ("Senior", "II").
 * <p>
 * A word alone names only what most labels it heads agree on ({@link #agreedGroup}): "nurse" is 2221 (most nurse
 * labels are), "engineer" only the engineering professionals, 214 (ESCO's "engineer" is a ship's engineer, 3151, but
 * 1,251 labels end in the word, most of them in 214x), "assistant" and "technician" no occupation at all (their labels
 * spread over a dozen groups). Reading the bare word as one label's occupation put software engineers in ships'
 * engine rooms and assistants among education managers.
 * <p>
 * Two occupations are as close as the ISCO hierarchy says ({@link #closeness}): the same unit group (4 digits) is the
 * same kind of work, the same major group (1 digit) only the same broad field; a group read from a word alone is as
 * close to what it contains as its digits go. Each label also says which ESCO occupation it belongs to
 * ({@link #escoOccupation}), whose description scoring compares (scoring.OccupationCloseness).
 */
public final class Occupations {

    static final String RESOURCE = "taxonomy/occupations.tsv.gz";
    /** How much of a posting's text is read for its occupation when its title names none. */
    static final int POSTING_OPENING = 300;
    /** How much of a posting is scanned for named occupations: the role is described before the benefits. */
    static final int POSTING_READ = 4_000;
    static final int CACHED_TEXTS = 50_000;

    /** An ESCO occupation label and its ISCO-08 unit group. */
    public record Occupation(String isco, String label) {
    }

    private static final Set<String> SENIORITY = Set.of("senior", "sr", "junior", "jr", "lead", "principal", "staff",
            "i", "ii", "iii", "iv", "entry", "level", "trainee", "intern", "experienced");
    /** Words after which a title or label says what its head noun works on or where: "supervisor of chemical plants". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "for", "to", "on", "at", "with");
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("[.!?;:]\\s+|\\n+");
    /** Words that announce what the opening is: "We are seeking a Payroll Accountant", "As a nurse you will". */
    private static final java.util.regex.Pattern OPENING_CUE = java.util.regex.Pattern.compile(
            "(?i)\\b(seek(?:s|ing)?|looking for|hiring|recruiting|position|role|opening|opportunity|job title|title|as an?|join (?:us|our team) as|we need)\\b");
    /** "seeking a <title> who/to/for/...", "Job Title: <title>", "Position: <title>" (up to the phrase's end). */
    private static final java.util.regex.Pattern ANNOUNCEMENT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:seek(?:s|ing)?|looking for|recruiting|hiring|searching for|in search of)\\s+(?:an?|our next|the)\\s+"
                    + "([^.,;:!?\\n()]{3,60}?)(?=\\s+(?:who|that|to|for|with|in|on|at|position|role|opening|job|candidate|will|and)\\b|[.,;:!?\\n()]|$)"
                    + "|(?:\\bjob title|\\bposition|\\brole|\\btitle)\\s*:\\s*([^.,;:!?\\n()]{3,60}?)(?=\\s{2,}|[.,;:!?\\n()]|$)");
    private static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile(
            "\\p{L}*(?:er|or|ist|yst|ant|ent|ian|ee|man|woman|person|nurse|clerk|aide|cook|chef|guard|pilot|agent|officer)s?");
    /**
     * Headings that flattened postings glue to the word before them, as copy-pasted or badly exported texts lose their
     * line breaks ("Staff AccountantRemote", "Role: Electronic EngineerLocation: Miami"): a boundary is put back
     * before them so that an announced title ends where its line ended.
     */
    private static final java.util.regex.Pattern GLUED_HEADING = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll})(?=(?:Location|Overview|Remote|Hybrid|Onsite|Length|Duration|Description|Responsibilities|Requirements"
                    + "|Qualifications|Summary|Job|Work|Pay|Salary|Type|About|Company|Position|Role|Title|Department|Reports"
                    + "|Hire|Skills|Experience|Benefits|Schedule|Compensation|Rate|Contract|Term|Start|Client|Mode|Status"
                    + "|Shift|Hours|Who|What|We|The|Our|Essential|Key|Primary|Minimum|Required|Preferred)(?!\\p{Ll}))");
    /** A title heading glued to the title it introduces ("RoleGaming Business Analyst"). */
    private static final java.util.regex.Pattern GLUED_TITLE_HEADING = java.util.regex.Pattern.compile(
            "\\b(Role|Position|Job Title|Title)(?=\\p{Lu}\\p{Ll})");
    /** Below this many points a weak reading ({@link #inferredFrom}) names no occupation. */
    static final int INFERRED_MIN_POINTS = 1;
    /** A single word is read as a kind of worker when at least this many occupation labels have it as their head noun ({@link #headOf}). */
    static final int MIN_HEAD_LABELS = 10;
    /** The share of the labels a word heads that must sit in one ISCO group for the word alone to name it. */
    static final double AGREED_SHARE = 0.5;
    private static final Occupations SHIPPED = load();

    /**
     * label -> what it names: its ISCO unit group and ESCO occupation (a preferred label wins over another
     * occupation's alternative label).
     */
    private final Map<String, Label> byLabel;
    /** head noun of labels ({@link #headOf}) -> what the labels it heads say about it. */
    private final Map<String, HeadNoun> heads;
    /** head noun of labels -> the ESCO occupations (preferred labels) those labels belong to. */
    private final Map<String, Set<String>> headedOccupations;
    /** Each ESCO occupation's (preferred label's) ISCO unit group. */
    private final Map<String, String> occupationIsco;
    private final int longestLabel;
    /** Titles already read: a catalogue repeats its titles, and a candidate's roles are read for every job. */
    private final Cache<String, Optional<Occupation>> titles = Caffeine.newBuilder().maximumSize(CACHED_TEXTS).build();
    private final Cache<JobProfile, Optional<Occupation>> jobs = Caffeine.newBuilder().weakKeys().build();
    private final Cache<JobProfile, Optional<Occupation>> inferred = Caffeine.newBuilder().weakKeys().build();

    /**
     * A word as the head noun of occupation labels: how many labels it heads (a word that heads many is a noun for a
     * kind of worker), the ISCO group (1 to 4 digits) at least {@link #AGREED_SHARE} of them share ("" when none:
     * {@link #agreedGroup}), and the unit group more of them belong to than any other.
     */
    record HeadNoun(int labels, String agreed, String commonest) {
    }

    /** What a label names: the ISCO unit group and the ESCO occupation (its preferred label) it belongs to. */
    record Label(String isco, String occupation) {
    }

    Occupations(Map<String, Label> byLabel, Map<String, HeadNoun> heads, Map<String, Set<String>> headedOccupations,
                Map<String, String> occupationIsco) {
        this.byLabel = byLabel;
        this.heads = heads;
        this.headedOccupations = headedOccupations;
        this.occupationIsco = occupationIsco;
        this.longestLabel = byLabel.keySet().stream().mapToInt(label -> label.split(" ").length).max().orElse(1);
    }

    public static Occupations shipped() {
        return SHIPPED;
    }

    /**
     * The occupation a job or role title names, if any; of a title naming two ("Secretary/Office Manager",
     * "Driver/Car Hauler"), the first that names one.
     */
    public Optional<Occupation> ofTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        return titles.get(title, t -> Arrays.stream(t.split("/")).map(part -> find(words(part), true))
                .flatMap(Optional::stream).findFirst());
    }

    /** An occupation named anywhere in a phrase ("Highly motivated Sales Associate with ..."), no head-noun guess. */
    public Optional<Occupation> namedIn(String phrase) {
        return phrase == null ? Optional.empty() : find(words(phrase), false);
    }

    /**
     * A job's occupation: its title's; for postings imported or pasted without a usable title, the one the text
     * announces ("seeking a Staff Accountant"), else the one its opening words name ("Sales Tax Accountant will be
     * focused on ..."), else the one the whole text names most. Kept per profile instance (one job version in
     * memory): scoring asks for it once per criterion and pair.
     */
    public Optional<Occupation> ofJob(JobProfile job) {
        return jobs.get(job, j -> {
            Optional<Occupation> byTitle = ofTitle(j.title());
            if (byTitle.isPresent() || j.description() == null) {
                return byTitle;
            }
            String text = unglued(j.description());
            return announcedIn(text)
                    .or(() -> namedIn(text.length() > POSTING_OPENING ? text.substring(0, POSTING_OPENING) : text)
                            .filter(Occupations::namesAPerson))
                    .or(() -> inText(text));
        });
    }

    /**
     * The occupation a posting announces in a phrase made to name it ("is seeking a talented Senior Accountant
     * for", "looking for a Healthcare Analyst to", "Job Title: Payroll Clerk"), read like a title; the first
     * announcement naming one wins. A one-word reading must be a noun for a person ("accountant", "nurse"): the
     * head of "a Software Engineering Intern" or "a company" names no occupation.
     */
    public Optional<Occupation> announcedIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher announced = ANNOUNCEMENT.matcher(text);
        while (announced.find()) {
            String phrase = announced.group(1) != null ? announced.group(1) : announced.group(2);
            Optional<Occupation> found = ofTitle(phrase).filter(Occupations::namesAPerson);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The occupation a whole posting is about, for postings whose title and opening name none (pasted texts open
     * with the employer's boilerplate). Every ESCO label in the text is a mention, longest first; a mention in a
     * sentence that announces the opening ("seeking a", "as a", "position", "role") counts three times, others once.
     * Only labels of two or more words count: one-word labels ("driver", "model", "products", "general") are
     * ordinary words too often. The best-scoring occupation wins if it was announced or named three times.
     */
    public Optional<Occupation> inText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<Occupation, Integer> score = tally(text, 2, 1);
        return score.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    /**
     * The occupation a posting's text reads most like when it names none the way {@link #ofJob} needs (no title, no
     * announcement, no label named three times): every occupation label in its text counts, a label of several words
     * two points and a one-word noun for a person ("accountant", "nurse") one, three in a sentence that announces
     * the opening; the best reaches {@value #INFERRED_MIN_POINTS} points or there is none. A guess, not a statement:
     * scoring takes what such work usually asks from it at lower confidence, pulled toward neutral, and says so.
     * Empty when {@link #ofJob} reads one.
     */
    public Optional<Occupation> inferredOfJob(JobProfile job) {
        return inferred.get(job, j -> ofJob(j).isPresent() ? Optional.empty() : inferredFrom(j.description()));
    }

    /** The weak reading of {@link #inferredOfJob} on a text. */
    public Optional<Occupation> inferredFrom(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<Occupation, Integer> score = tally(unglued(text), 1, 2);
        return score.entrySet().stream()
                .filter(e -> e.getValue() >= INFERRED_MIN_POINTS)
                .max(Map.Entry.<Occupation, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().label().length()))
                .map(Map.Entry::getKey);
    }

    /**
     * Occupation labels named in a text, longest run first: three points in a sentence that announces the opening,
     * else {@code plain} for a label of several words and one for a one-word label, which counts only as a noun for
     * a person; runs shorter than {@code minWords} are not read.
     */
    private Map<Occupation, Integer> tally(String text, int minWords, int plain) {
        Map<Occupation, Integer> score = new java.util.LinkedHashMap<>();
        String read = text.length() > POSTING_READ ? text.substring(0, POSTING_READ) : text;
        for (String sentence : SENTENCE.split(read)) {
            boolean announced = OPENING_CUE.matcher(sentence).find();
            List<String> words = new ArrayList<>(Arrays.asList(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")));
            words.removeIf(String::isEmpty);
            for (int from = 0; from < words.size(); ) {
                int matched = 0;
                for (int length = Math.min(longestLabel, words.size() - from); length >= minWords && matched == 0; length--) {
                    String run = String.join(" ", words.subList(from, from + length));
                    String isco = iscoOf(run);
                    if (isco == null && run.endsWith("s")) {
                        run = run.substring(0, run.length() - 1);
                        isco = iscoOf(run);
                    }
                    if (length == 1) {
                        // One word names a kind of worker only as the head of several labels ("engineer", "nurse"),
                        // read as the ISCO group most of them belong to; "consumer" and "factor" are labels too.
                        String word = words.get(from);
                        isco = !SENIORITY.contains(word) && nounForAWorker(word) ? agreedGroupOf(word) : null;
                        run = word;
                    }
                    if (isco != null) {
                        int points = announced ? 3 : length == 1 ? 1 : plain;
                        score.merge(new Occupation(isco, run), points, Integer::sum);
                        matched = length;
                    }
                }
                from += Math.max(1, matched);
            }
        }
        return score;
    }

    /** The text with the boundaries flattening removed put back before glued headings ({@link #GLUED_HEADING}). */
    static String unglued(String text) {
        return GLUED_HEADING.matcher(GLUED_TITLE_HEADING.matcher(text).replaceAll("$1: ")).replaceAll(". ");
    }

    /** A label of several words, or one word that is a noun for a person ("products" is an ESCO label too). */
    private static boolean namesAPerson(Occupation occupation) {
        return occupation.label().contains(" ") || PERSON_NOUN.matcher(occupation.label()).matches();
    }

    /**
     * 1 for the same ISCO unit group, 0.75 / 0.5 / 0.25 for the same minor, sub-major or major group, else 0; a group
     * read from a word alone ("engineer", 214) shares no more digits than it has.
     */
    public static double closeness(Occupation a, Occupation b) {
        int digits = Math.min(4, Math.min(a.isco().length(), b.isco().length()));
        int shared = 0;
        while (shared < digits && a.isco().charAt(shared) == b.isco().charAt(shared)) {
            shared++;
        }
        return shared / 4.0;
    }

    /**
     * The ESCO occupation (its preferred label) an occupation read from a label is: "software engineer" is ESCO's
     * software developer. Empty for a group read from a word alone ("engineer", 214), which is no one occupation.
     */
    public Optional<String> escoOccupation(Occupation occupation) {
        Label label = byLabel.get(occupation.label());
        return label == null || occupation.isco().length() < 4 || !occupation.isco().equals(label.isco())
                ? Optional.empty() : Optional.ofNullable(label.occupation());
    }

    /**
     * Whether a reading is a group read from a word alone ("engineer", 214; "developer", 2): it says what kind of
     * worker, not which work, and the rest of the posting may say which ({@code scoring.PostingOccupation}).
     */
    public static boolean isWordAlone(Occupation occupation) {
        return occupation.isco().length() < 4 && !occupation.label().contains(" ");
    }

    /**
     * The ESCO occupations (preferred labels) a group read from a word alone may be: those with a label headed by its
     * word and filed under its ISCO group. For "developer" (2): software developer, web developer, database developer
     * and the other professionals' (property developer is a manager, 1323); for "engineer" (214): the engineering
     * professionals'. Empty for an occupation that is no such group.
     */
    public Set<String> kindsOf(Occupation group) {
        if (!isWordAlone(group)) {
            return Set.of();
        }
        Set<String> kinds = new HashSet<>();
        for (String occupation : occupationsHeadedBy(group.label())) {
            String isco = occupationIsco.get(occupation);
            if (isco != null && isco.startsWith(group.isco())) {
                kinds.add(occupation);
            }
        }
        return kinds;
    }

    /**
     * The ESCO occupations (preferred labels) with a label headed by this word, in the singular or as written: for
     * "developer", software developer, web developer, property developer and the rest.
     */
    public Set<String> occupationsHeadedBy(String word) {
        Set<String> occupations = new HashSet<>(headedOccupations.getOrDefault(word, Set.of()));
        if (word.endsWith("s")) {
            occupations.addAll(headedOccupations.getOrDefault(word.substring(0, word.length() - 1), Set.of()));
        }
        return occupations;
    }

    /** The ISCO unit group a label names, or null when it is no label. */
    private String iscoOf(String label) {
        Label named = byLabel.get(label);
        return named == null ? null : named.isco();
    }

    /**
     * The longest run of words that is an occupation label. In a title ({@code headNoun}) a single word names the
     * occupation only as its head ({@link #headOf}): "Quality Assurance Analyst" is an analyst, and "assurance", an
     * ESCO label too, only says what of.
     */
    private Optional<Occupation> find(List<String> words, boolean headNoun) {
        int head = headOf(words);
        for (int length = Math.min(longestLabel, words.size()); length >= 1; length--) {
            for (int from = words.size() - length; from >= 0; from--) {
                if (headNoun && length == 1 && from != head) {
                    continue;
                }
                String run = String.join(" ", words.subList(from, from + length));
                String isco = length == 1 ? ofOneWordLabel(run) : iscoOf(run);
                if (isco != null) {
                    return Optional.of(new Occupation(isco, run));
                }
            }
        }
        if (headNoun && !words.isEmpty() && nounForAWorker(words.get(head))) {
            String noun = words.get(head);
            return Optional.ofNullable(agreedGroupOf(noun)).map(isco -> new Occupation(isco, noun));
        }
        return Optional.empty();
    }

    /**
     * The occupation a one-word label names: its own, when most labels the word heads are of that kind of work too or
     * few labels have it as their head ("cashier", "attorney"); else only what those labels agree on
     * ({@link #agreedGroupOf}), since the word alone is used for all of them ("engineer" labels a ship's engineer,
     * and 1,250 other labels). Seniority words never reach here: {@link #words} drops them.
     */
    private String ofOneWordLabel(String word) {
        String own = iscoOf(word);
        HeadNoun head = heads.get(word);
        if (own == null || head == null || head.commonest().equals(own) || head.labels() < MIN_HEAD_LABELS) {
            return own;
        }
        return agreedGroupOf(word);
    }

    /** The ISCO group the labels a word heads agree on, or null when they agree on none. */
    private String agreedGroupOf(String word) {
        HeadNoun head = heads.get(word);
        return head == null || head.agreed().isEmpty() ? null : head.agreed();
    }

    /**
     * The index of a title's or label's head noun: its last word, or the last before a preposition ("Director of
     * Finance", "supervisor of chemical plants"); English titles end in the head otherwise.
     */
    static int headOf(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i))) {
                return i - 1;
            }
        }
        return words.size() - 1;
    }

    /**
     * A word that ends enough occupation labels to be a noun for a kind of worker ("engineer", "nurse"), and is shaped
     * like one: "systems", "software" and "equipment" end many labels too.
     */
    private boolean nounForAWorker(String word) {
        HeadNoun head = heads.get(word);
        return head != null && head.labels() >= MIN_HEAD_LABELS && PERSON_NOUN.matcher(word).matches()
                && !word.endsWith("ment");
    }

    /**
     * The longest ISCO code prefix (1 to 4 digits) that at least {@link #AGREED_SHARE} of the labels a word heads
     * share, or "" when no major group holds that many: what the word alone says about the work.
     */
    static String agreedGroup(Map<String, Integer> labelsPerGroup) {
        int all = labelsPerGroup.values().stream().mapToInt(Integer::intValue).sum();
        String agreed = "";
        for (int digits = 1; digits <= 4; digits++) {
            Map<String, Integer> byPrefix = new HashMap<>();
            int length = digits;
            labelsPerGroup.forEach((isco, count) -> byPrefix.merge(isco.substring(0, Math.min(length, isco.length())),
                    count, Integer::sum));
            Map.Entry<String, Integer> top = Collections.max(byPrefix.entrySet(),
                    Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
            if (top.getValue() < AGREED_SHARE * all) {
                break;
            }
            agreed = top.getKey();
        }
        return agreed;
    }

    /** Lower-case words of the title before any bracket or dash, without seniority words. */
    private static List<String> words(String title) {
        List<String> words = allWords(title);
        words.removeIf(SENIORITY::contains);
        return words;
    }

    private static List<String> allWords(String title) {
        String main = title.toLowerCase(Locale.ROOT).split("[(\\[|]| - | – ")[0];
        List<String> words = new ArrayList<>(Arrays.asList(main.split("[^\\p{L}\\p{N}+#]+")));
        words.removeIf(String::isEmpty);
        return words;
    }

    /** An ESCO label as titles are read ({@link #words}), or empty when it is {@link #headedBySeniority}. */
    private static String labelWords(String label) {
        List<String> words = allWords(label);
        if (words.isEmpty() || headedBySeniority(words)) {
            return "";
        }
        words.removeIf(SENIORITY::contains);
        return String.join(" ", words);
    }

    /**
     * Whether a label's head noun is a seniority word ("high school principal", "insurance lead", "bar staff"): without
     * it, as titles are read, the label would name what the work is about, not who does it, and "a high school diploma"
     * in a posting read as work as an education manager.
     */
    private static boolean headedBySeniority(List<String> words) {
        return SENIORITY.contains(words.get(headOf(words)));
    }

    private static Occupations load() {
        Map<String, Label> preferred = new HashMap<>();
        Map<String, Label> alternative = new HashMap<>();
        Map<String, Map<String, Integer>> heads = new HashMap<>();
        Map<String, Set<String>> headedOccupations = new HashMap<>();
        Map<String, String> occupationIsco = new HashMap<>();
        Set<String> counted = new HashSet<>();
        InputStream raw = Occupations.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                String label = labelWords(f[1]);
                if (label.isEmpty()) {
                    continue;
                }
                ("preferred".equals(f[2]) ? preferred : alternative)
                        .putIfAbsent(label, new Label(f[0], f.length > 3 ? f[3] : null));
                List<String> labelWords = Arrays.asList(label.split(" "));
                String head = labelWords.get(headOf(labelWords));
                if (f.length > 3) {
                    headedOccupations.computeIfAbsent(head, h -> new HashSet<>()).add(f[3]);
                    occupationIsco.putIfAbsent(f[3], f[0]);
                }
                if (!counted.add(f[0] + "\t" + f[1] + "\t" + f[2])) {
                    continue; // a label two occupations of one unit group share counts once
                }
                heads.computeIfAbsent(head, h -> new HashMap<>()).merge(f[0], 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Label> byLabel = new HashMap<>(alternative);
        byLabel.putAll(preferred);
        Map<String, HeadNoun> headNouns = new HashMap<>();
        heads.forEach((head, counts) -> headNouns.put(head, new HeadNoun(
                counts.values().stream().mapToInt(Integer::intValue).sum(), agreedGroup(counts),
                Collections.max(counts.entrySet(), Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).getKey())));
        Map<String, Set<String>> occupationsByHead = new HashMap<>();
        headedOccupations.forEach((head, occupations) -> occupationsByHead.put(head, Set.copyOf(occupations)));
        return new Occupations(Map.copyOf(byLabel), Map.copyOf(headNouns), Map.copyOf(occupationsByHead),
                Map.copyOf(occupationIsco));
    }
}
