package com.jobmatch.matching.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Text normalization shared by every comparison, so "Node.js", "node.js " and "NODE.JS" are the same term. */
public final class Terms {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "for", "in", "on", "at",
            "to", "with", "or", "sr", "jr", "senior", "junior", "lead", "ii", "iii", "i");

    private Terms() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#.]+", " ").replaceAll("\\.(\\s|$)", " ")
                .trim().replaceAll("\\s+", " ");
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
