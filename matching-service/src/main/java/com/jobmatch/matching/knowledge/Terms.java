package com.jobmatch.matching.knowledge;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text normalization shared by every comparison, so "Node.js", "node.js " and "NODE.JS" are the same term. */
public final class Terms {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "for", "in", "on", "at",
            "to", "with", "or", "sr", "jr", "senior", "junior", "lead", "ii", "iii", "i");

    // Scoring normalizes the terms it compares thousands of times per ranking. A single pass over the characters
    // costs less than any memo: a shared cache's lookups missed the CPU caches and its upkeep woke other threads
    // (both measured with async-profiler on bench/match-latency.sh), and three regular expressions cost more still.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Terms() {
    }

    /**
     * Lower case ASCII words of letters, digits and {@code + # .} (so "C++", "C#" and "Node.js" survive), accents
     * folded, a sentence's closing dots dropped, one space between words.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = isAscii(text) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        if (isNormalized(plain)) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length());
        int word = -1;
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? lower(plain.charAt(i)) : ' ';
            if (isTermChar(c)) {
                if (word < 0) {
                    out.append(out.isEmpty() ? "" : " ");
                    word = out.length();
                }
                out.append(c);
            } else if (word >= 0) {
                closeWord(out, word);
                word = -1;
            }
        }
        return out.toString();
    }

    /** Drops the closing dots of the word that starts at {@code word}, and the word with its space if only dots. */
    private static void closeWord(StringBuilder out, int word) {
        int end = out.length();
        while (end > word && out.charAt(end - 1) == '.') {
            end--;
        }
        out.setLength(end > word ? end : Math.max(0, word - 1));
    }

    private static boolean isNormalized(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ') {
            return text.isEmpty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordEnds = i + 1 == text.length() || text.charAt(i + 1) == ' ';
            if (c == ' ' ? wordEnds : !isTermChar(c) || c == '.' && wordEnds) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isTermChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '#' || c == '.';
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
