package com.jobmatch.matching.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text normalization shared by every comparison, so "Node.js", "node.js " and "NODE.JS" are the same term. */
public final class Terms {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "for", "in", "on", "at",
            "to", "with", "or", "sr", "jr", "senior", "junior", "lead", "ii", "iii", "i");

    // Scoring normalizes every skill pair it compares, thousands of times per ranking, and the same few thousand
    // skill names and ids come back again and again: the patterns are compiled once and results are kept.
    private static final Cache<String, String> NORMALIZED = Caffeine.newBuilder().maximumSize(100_000).build();
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_TERM = Pattern.compile("[^a-z0-9+#.]+");
    private static final Pattern SENTENCE_DOT = Pattern.compile("\\.(\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Terms() {
    }

    public static String normalize(String text) {
        return text == null ? "" : NORMALIZED.get(text, Terms::normalized);
    }

    private static String normalized(String text) {
        String plain = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String terms = NOT_TERM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(SENTENCE_DOT.matcher(terms).replaceAll(" ").trim()).replaceAll(" ");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Meaningful words of a title or phrase, without filler and seniority words. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : normalize(text).split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Share of {@code wanted}'s words that {@code offered} contains: 0 when nothing is wanted. */
    public static double coverage(Set<String> wanted, Set<String> offered) {
        if (wanted.isEmpty()) {
            return 0;
        }
        long found = wanted.stream().filter(offered::contains).count();
        return (double) found / wanted.size();
    }

    public static boolean sameTerm(String a, String b) {
        String left = normalize(a);
        return !left.isEmpty() && left.equals(normalize(b));
    }
}
