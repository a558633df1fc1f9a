package com.jobmatch.ai.domain;

import com.jobmatch.ai.domain.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exact matching of taxonomy names and synonyms over normalised tokens, longest phrase first, so "Microsoft
 * Excel" wins over "Excel" and "machine learning engineering" over "machine learning".
 */
public final class SkillDictionary {

    static final double NAME_CONFIDENCE = 0.95;
    static final double SYNONYM_CONFIDENCE = 0.9;
    static final double VENDORLESS_CONFIDENCE = 0.85;
    static final double AMBIGUOUS_CONFIDENCE = 0.75;

    /** Vendors people leave out: "Excel" for "Microsoft Excel", "Kafka" for "Apache Kafka". */
    private static final Set<String> VENDORS = Set.of("microsoft", "apache", "google", "amazon", "adobe", "oracle", "ibm");

    public record Hit(TaxonomySkill skill, int firstToken, int lastToken, double confidence) {
    }

    private record Entry(TaxonomySkill skill, double confidence) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private int longestPhrase = 1;

    public SkillDictionary(List<TaxonomySkill> skills) {
        for (TaxonomySkill skill : skills) {
            add(skill.name(), skill, NAME_CONFIDENCE);
            skill.synonyms().forEach(synonym -> add(synonym, skill, SYNONYM_CONFIDENCE));
        }
        for (TaxonomySkill skill : skills) {
            addWithoutVendor(skill.name(), skill);
            skill.synonyms().forEach(synonym -> addWithoutVendor(synonym, skill));
        }
    }

    public int size() {
        return entries.size();
    }

    /** The skill whose name or synonym is exactly this phrase, after normalisation. */
    public Optional<TaxonomySkill> lookup(String phrase) {
        return Optional.ofNullable(entries.get(SkillText.key(phrase))).map(Entry::skill);
    }

    public List<Hit> find(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit hit = longestAt(tokens, i);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.lastToken() + 1;
            }
        }
        return hits;
    }

    private Hit longestAt(List<Token> tokens, int start) {
        for (int length = Math.min(longestPhrase, tokens.size() - start); length >= 1; length--) {
            StringBuilder key = new StringBuilder(tokens.get(start).key());
            for (int j = start + 1; j < start + length; j++) {
                key.append(' ').append(tokens.get(j).key());
            }
            Entry entry = entries.get(key.toString());
            if (entry == null) {
                continue;
            }
            if (length == 1 && FalseFriends.isAmbiguous(tokens.get(start))) {
                if (!FalseFriends.readsAsName(tokens, start)) {
                    continue;
                }
                return new Hit(entry.skill(), start, start, Math.min(entry.confidence(), AMBIGUOUS_CONFIDENCE));
            }
            return new Hit(entry.skill(), start, start + length - 1, entry.confidence());
        }
        return null;
    }

    private void add(String label, TaxonomySkill skill, double confidence) {
        String key = SkillText.key(label);
        if (key.isEmpty() || entries.containsKey(key)) {
            return;
        }
        entries.put(key, new Entry(skill, confidence));
        longestPhrase = Math.max(longestPhrase, key.split(" ").length);
    }

    private void addWithoutVendor(String label, TaxonomySkill skill) {
        String key = SkillText.key(label);
        int space = key.indexOf(' ');
        if (space > 0 && VENDORS.contains(key.substring(0, space))) {
            String rest = key.substring(space + 1);
            entries.putIfAbsent(rest, new Entry(skill, VENDORLESS_CONFIDENCE));
        }
    }
}
