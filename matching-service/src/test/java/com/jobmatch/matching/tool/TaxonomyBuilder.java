package com.jobmatch.matching.tool;

import com.jobmatch.matching.knowledge.SkillNames;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Builds src/main/resources/taxonomy/skills-taxonomy.tsv.gz from ../shared/data/taxonomy (run by
 * scripts/build-taxonomy.sh). What goes in, and why, is in the module README ("Skills taxonomy").
 * Output columns: slug, name, category, source, esco_uri, synonyms ('|'-separated), onet_code; sorted by slug, so a
 * rebuild from the same data gives the same file and the same slugs.
 */
@Tag("tool")
class TaxonomyBuilder {

    /** O*NET technologies used by at least this many occupations are kept even if not flagged hot or in demand. */
    private static final int MIN_ONET_OCCUPATIONS = 3;
    /** A Stack Overflow tag longer than this is a question topic rather than a skill alias. */
    private static final int MAX_TAG_LENGTH = 40;

    private final Map<String, Entry> byAlias = new HashMap<>();
    /** Each alias key as first written, to tell a name ("Java") from a common word ("security"). */
    private final Map<String, String> surfaces = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    /** The O*NET technologies kept (hot, in demand or used by enough occupations), by name, with their category. */
    private final Map<String, String> onetTools = new java.util.TreeMap<>();
    /** Each O*NET technology's commodity code (UNSPSC, as O*NET classifies technologies), by name. */
    private final Map<String, String> onetCodes = new HashMap<>();
    /** The O*NET technologies flagged hot or in demand: what employers ask for now. */
    private final Set<String> onetHot = new HashSet<>();

    @Test
    void build() throws IOException {
        Path data = Path.of(System.getenv().getOrDefault("SHARED_DATA", "../../shared/data"), "taxonomy");
        Assumptions.assumeTrue(Files.isDirectory(data), "no taxonomy data at " + data.toAbsolutePath());
        addEsco(data.resolve("esco"));
        addOnet(data.resolve("onet/Technology_Skills.txt"));
        dropBorrowedLabels(toolNames(data.resolve("onet/Technology_Skills.txt"),
                data.resolve("stackoverflow-tag-synonyms/TagSynonyms.csv")));
        addToolsLeftNameless();
        addStackOverflowSynonyms(data.resolve("stackoverflow-tag-synonyms/TagSynonyms.csv"));
        write(Path.of("src/main/resources/taxonomy/skills-taxonomy.tsv.gz"));
    }

    private void addEsco(Path esco) throws IOException {
        Map<String, CSVRecord> withUri = new HashMap<>();
        for (CSVRecord r : csv(esco.resolve("skills_en_subset_with_uri_reuselevel.csv"), ',')) {
            withUri.put(r.get("preferredLabel"), r);
        }
        EscoSkillUris uris = EscoSkillUris.shipped();
        int found = 0;
        for (CSVRecord r : csv(esco.resolve("skills_en_full_preferred_alt_type.csv"), ',')) {
            String label = clean(r.get("preferredLabel"));
            CSVRecord subset = withUri.get(r.get("preferredLabel"));
            String reuse = subset == null ? "specific" : subset.get("reuseLevel");
            boolean knowledge = "knowledge".equals(r.get("skillType"));
            // Cross-sector competences ("operate forklift", "lead a team", "drive vehicles") are what blue- and
            // pink-collar postings are made of; ai-service's extractor keeps their ordinary-word aliases in check.
            if (label.isEmpty()) {
                continue;
            }
            String category = "transversal".equals(reuse) ? "transversal" : knowledge ? "knowledge"
                    : "cross-sector".equals(reuse) ? "cross-sector" : "occupational";
            String uri = subset != null ? subset.get("conceptUri") : uris.of(label).orElse("");
            found += subset == null && !uri.isEmpty() ? 1 : 0;
            Entry entry = add(label, category, "esco", uri);
            for (String alt : r.get("altLabels").split("\n")) {
                alias(entry, alt);
            }
        }
        System.out.printf("ESCO URIs: %d from the shared subset, %d more from %s%n", withUri.size(), found,
                EscoSkillUris.RESOURCE);
    }

    private void addOnet(Path technologySkills) throws IOException {
        Map<String, Set<String>> occupations = new HashMap<>();
        Map<String, String> category = new HashMap<>();
        Set<String> hot = new HashSet<>();
        for (CSVRecord r : csv(technologySkills, '\t')) {
            String name = clean(r.get("Example"));
            occupations.computeIfAbsent(name, k -> new HashSet<>()).add(r.get("O*NET-SOC Code"));
            category.putIfAbsent(name, r.get("Commodity Title").toLowerCase(Locale.ROOT));
            onetCodes.putIfAbsent(name, r.get("Commodity Code"));
            if ("Y".equals(r.get("Hot Technology")) || "Y".equals(r.get("In Demand"))) {
                hot.add(name);
            }
        }
        occupations.keySet().stream().sorted()
                .filter(name -> hot.contains(name) || occupations.get(name).size() >= MIN_ONET_OCCUPATIONS)
                .forEach(name -> {
                    onetTools.put(name, category.get(name));
                    if (hot.contains(name)) {
                        onetHot.add(name);
                    }
                    Entry existing = byAlias.get(SkillNames.normalize(name));
                    if (existing != null) {
                        existing.sources.add("onet");
                        existing.onetCode = existing.onetCode.isEmpty() ? onetCodes.get(name) : existing.onetCode;
                    } else {
                        add(name, category.get(name), "onet", "").onetCode = onetCodes.get(name);
                    }
                });
    }

    /**
     * Gives an O*NET technology its own skill when its only label was an ESCO skill's alternative label that
     * {@link #dropBorrowedLabels} took away as a tool's name: ESCO lists "Git" under tools for software configuration
     * management, "Bash" and "Fortran" under computer programming, "TensorFlow" under computer vision, so once those
     * labels were dropped the tools were named nowhere and a developer's "Git" was no skill at all. Only tools O*NET
     * flags hot or in demand come back: a name kept only for its occupations can be an ordinary acronym too ("Ada" is
     * read in "ADA compliance"). A one-word name that opens other technologies' names ("Google" opens 457) is a
     * vendor, not a tool, and stays out.
     */
    private void addToolsLeftNameless() {
        Map<String, Integer> opens = new HashMap<>();
        for (String name : onetTools.keySet()) {
            int space = name.indexOf(' ');
            if (space > 0) {
                opens.merge(SkillNames.normalize(name.substring(0, space)), 1, Integer::sum);
            }
        }
        int added = 0;
        for (Map.Entry<String, String> tool : onetTools.entrySet()) {
            String key = SkillNames.normalize(tool.getKey());
            if (onetHot.contains(tool.getKey()) && !byAlias.containsKey(key) && opens.getOrDefault(key, 0) == 0) {
                add(tool.getKey(), tool.getValue(), "onet", "").onetCode = onetCodes.get(tool.getKey());
                added++;
            }
        }
        System.out.printf("added %d O*NET technologies named nowhere once borrowed labels were dropped%n", added);
    }

    /**
     * Every tool the data names as a thing of its own: each O*NET technology example and each Stack Overflow tag that
     * other tags are merged into, by key.
     */
    private static Set<String> toolNames(Path technologySkills, Path tagSynonyms) throws IOException {
        Set<String> tools = new HashSet<>();
        for (CSVRecord r : csv(technologySkills, '\t')) {
            tools.add(SkillNames.normalize(clean(r.get("Example"))));
        }
        for (CSVRecord r : csv(tagSynonyms, ',')) {
            tools.add(SkillNames.normalize(r.get("TargetTagName")));
        }
        return tools;
    }

    /**
     * Drops the alternative labels an ESCO skill borrows from another concept, which ESCO lists beside true synonyms:
     * <ul>
     *   <li>another skill's name, with its inflections: "project commissioning" lists "project management",
     *   "managing projects" and "project managing", so a project manager's resume read as commissioning;</li>
     *   <li>one word that names a tool of its own (an O*NET technology, a Stack Overflow tag others merge into):
     *   "computer vision" lists "keras", "tensorflow", "matlab" and "cuda", tools used for it, not names of it,
     *   and a Stack Overflow tag joined to such a label ("cuda-kernel") would follow it to the wrong skill; a word
     *   of the skill's own name stays ("Android" for "Android (mobile operating systems)"), and so do its initials
     *   ("NLP", "UML").</li>
     * </ul>
     * The labels are dropped before Stack Overflow's tags are joined, so no tag reaches a skill through them.
     */
    private void dropBorrowedLabels(Set<String> tools) {
        Map<String, Entry> byName = new HashMap<>();
        entries.forEach(e -> byName.putIfAbsent(SkillNames.normalize(e.name), e));
        int dropped = 0;
        for (Entry entry : entries) {
            if (!entry.sources.contains("esco")) {
                continue;
            }
            String ownKey = SkillNames.normalize(entry.name);
            // "Android" for "Android (mobile operating systems)", "Maven" for "Apache Maven": the tool's own name.
            Set<String> partOfOwnName = new HashSet<>(List.of(contentKey(entry.name).split(" ")));
            Set<String> borrowedForms = new HashSet<>();
            for (String synonym : entry.synonyms) {
                Entry named = byName.get(SkillNames.normalize(synonym));
                if (named != null && named != entry) {
                    borrowedForms.add(contentKey(named.name));
                }
            }
            int before = entry.synonyms.size();
            entry.synonyms.removeIf(synonym -> {
                String key = SkillNames.normalize(synonym);
                Entry named = byName.get(key);
                boolean otherName = named != null && named != entry;
                boolean tool = !key.contains(" ") && !key.equals(ownKey) && tools.contains(key)
                        && !partOfOwnName.contains(contentKey(synonym)) && !key.equals(initials(entry.name));
                return otherName || tool || borrowedForms.contains(contentKey(synonym));
            });
            dropped += before - entry.synonyms.size();
        }
        byAlias.clear();
        surfaces.clear();
        for (Entry entry : entries) {
            byAlias.putIfAbsent(SkillNames.normalize(entry.name), entry);
        }
        for (Entry entry : entries) {
            for (String synonym : entry.synonyms) {
                byAlias.putIfAbsent(SkillNames.normalize(synonym), entry);
                surfaces.putIfAbsent(SkillNames.normalize(synonym), synonym);
            }
        }
        System.out.printf("dropped %d labels ESCO skills borrow from other skills or tools%n", dropped);
    }

    /** The first letters of a label's words, lower case: "nlp" for "natural language processing". */
    static String initials(String label) {
        StringBuilder letters = new StringBuilder();
        for (String word : label.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                letters.append(word.charAt(0));
            }
        }
        return letters.toString();
    }

    /** A label's content words, crudely stemmed and sorted: "managing projects" and "project management" agree. */
    static String contentKey(String label) {
        List<String> words = new ArrayList<>();
        for (String word : label.toLowerCase(Locale.ROOT).split("[^a-z0-9+#]+")) {
            if (!word.isEmpty() && !CONTENT_STOP_WORDS.contains(word)) {
                words.add(word.replaceAll("(ement|ment|ing|ies|es|s)$", ""));
            }
        }
        return words.stream().sorted().reduce((a, b) -> a + " " + b).orElse("");
    }

    private static final Set<String> CONTENT_STOP_WORDS = Set.of("a", "an", "the", "of", "and", "for", "in", "to", "on", "with");

    /**
     * Tag synonyms only add aliases to skills already known: most tags are topics ("arrays"), not skills. A tag
     * names a known skill through its name or a label that is itself a name ("Java", "SQL Server 2008", "natural
     * language processing"), not through an alternative label that is one common word: ESCO gives "security" to
     * securities, "collection" to art collections and "reports" to report facts, and the tags joined to those words
     * ("cybersecurity", "web-security", "java-collections-api") name other things.
     */
    private void addStackOverflowSynonyms(Path synonyms) throws IOException {
        for (CSVRecord r : csv(synonyms, ',')) {
            String source = r.get("SourceTagName");
            String target = r.get("TargetTagName");
            if (source.length() > MAX_TAG_LENGTH || target.length() > MAX_TAG_LENGTH) {
                continue;
            }
            Entry skill = known(target);
            if (skill != null) {
                alias(skill, source);
                skill.sources.add("stackoverflow");
            }
        }
    }

    private Entry known(String tag) {
        for (String label : List.of(tag, tag.replace('-', ' '))) {
            String key = SkillNames.normalize(label);
            Entry entry = byAlias.get(key);
            if (entry != null && (key.equals(SkillNames.normalize(entry.name)) || !isOneCommonWord(surfaces.get(key)))) {
                return entry;
            }
        }
        return null;
    }

    private static boolean isOneCommonWord(String label) {
        return label != null && label.chars().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c));
    }

    private Entry add(String name, String category, String source, String escoUri) {
        Entry existing = byAlias.get(SkillNames.normalize(name));
        if (existing != null && existing.name.equalsIgnoreCase(name)) {
            return existing;
        }
        Entry entry = new Entry(name, category, escoUri);
        entry.sources.add(source);
        entries.add(entry);
        byAlias.putIfAbsent(SkillNames.normalize(name), entry);
        return entry;
    }

    private void alias(Entry entry, String alias) {
        String cleaned = clean(alias);
        if (cleaned.length() < 2 || cleaned.equalsIgnoreCase(entry.name)) {
            return;
        }
        entry.synonyms.add(cleaned);
        byAlias.putIfAbsent(SkillNames.normalize(cleaned), entry);
        surfaces.putIfAbsent(SkillNames.normalize(cleaned), cleaned);
    }

    private void write(Path target) throws IOException {
        Map<String, Integer> slugUses = new HashMap<>();
        entries.sort(Comparator.comparing((Entry e) -> e.name.toLowerCase(Locale.ROOT)).thenComparing(e -> e.name));
        Files.createDirectories(target.getParent());
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8))) {
            out.write("slug\tname\tcategory\tsource\tesco_uri\tsynonyms\tonet_code\n");
            for (Entry e : entries) {
                String base = slug(e.name);
                int use = slugUses.merge(base, 1, Integer::sum);
                String slug = use == 1 ? base : base + "-" + use;
                out.write(String.join("\t", slug, e.name, e.category, String.join("+", e.sources), e.escoUri,
                        String.join("|", e.synonyms), e.onetCode));
                out.write('\n');
            }
        }
        System.out.printf("wrote %d skills to %s%n", entries.size(), target.toAbsolutePath());
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("c++", "c-plus-plus").replace("c#", "c-sharp").replace("f#", "f-sharp")
                .replace(".net", " dot-net").replace("+", " plus ").replace("#", " sharp ")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "skill" : s;
    }

    private static String clean(String label) {
        return label == null ? "" : label.replaceAll("[\\t\\r\\n|]+", " ").strip();
    }

    private static Iterable<CSVRecord> csv(Path file, char delimiter) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setQuote(delimiter == '\t' ? null : '"').get().parse(reader);
    }

    private static final class Entry {
        final String name;
        final String category;
        final String escoUri;
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> synonyms = new LinkedHashSet<>();
        /** O*NET's commodity code of a technology (UNSPSC, "43232110" for spreadsheet software); empty for others. */
        String onetCode = "";

        Entry(String name, String category, String escoUri) {
            this.name = name;
            this.category = category;
            this.escoUri = escoUri;
        }
    }
}
