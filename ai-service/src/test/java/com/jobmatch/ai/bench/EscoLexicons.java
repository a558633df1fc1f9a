package com.jobmatch.ai.bench;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two word lists the skill tagger's features look words up in (see skill-tagger/features.xml), from the ESCO
 * skill labels (preferred and alternative) in ../shared/data/taxonomy/esco: the first words of skill/competence
 * labels, and every word of any label but a few function words. They are stored inside the model.
 */
final class EscoLexicons {

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "for",
            "with", "on", "at", "by", "as", "from", "into", "its", "their", "other", "etc");

    private EscoLexicons() {
    }

    static Map<String, Object> read() throws IOException {
        Set<String> heads = new TreeSet<>();
        Set<String> words = new TreeSet<>();
        read(heads, words);
        return Map.of("esco-heads.dictionary", dictionary(heads), "esco-words.dictionary", dictionary(words));
    }

    /** Every word of any ESCO skill label but a few function words, lower case. */
    static Set<String> labelWords() throws IOException {
        Set<String> words = new TreeSet<>();
        read(new TreeSet<>(), words);
        return words;
    }

    private static void read(Set<String> heads, Set<String> words) throws IOException {
        try (Reader reader = Files.newBufferedReader(SharedData.file("taxonomy/esco/skills_en_full_preferred_alt_type.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                boolean competence = !row.get("skillType").equals("knowledge");
                for (String label : (row.get("preferredLabel") + "\n" + row.get("altLabels")).split("\n")) {
                    String[] tokens = label.strip().toLowerCase().split("[^\\p{L}\\p{N}+#]+");
                    if (tokens.length == 0 || tokens[0].isEmpty()) {
                        continue;
                    }
                    if (competence && tokens.length > 1) {
                        heads.add(tokens[0]);
                    }
                    for (String token : tokens) {
                        if (token.length() > 1 && !FUNCTION_WORDS.contains(token)) {
                            words.add(token);
                        }
                    }
                }
            }
        }
    }

    /** Empty lists, for training a variant without the lexicon features. */
    static Map<String, Object> empty() {
        return Map.of("esco-heads.dictionary", new Dictionary(false), "esco-words.dictionary", new Dictionary(false));
    }

    private static Dictionary dictionary(Set<String> entries) {
        Dictionary dictionary = new Dictionary(false);
        entries.forEach(entry -> dictionary.put(new StringList(entry)));
        return dictionary;
    }
}
