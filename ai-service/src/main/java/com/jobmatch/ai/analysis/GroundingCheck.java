package com.jobmatch.ai.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a generated text states only facts found in its source. It lists what is not supported: numbers
 * (counts, percentages, years, dates), known skill names, and capitalised names (employers, titles, places)
 * that the source does not contain. Ordinary words at the start of a sentence are not names.
 */
public final class GroundingCheck {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}+#.&'-]*[\\p{L}\\p{N}+#]|[\\p{L}]");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    private GroundingCheck() {
    }

    /** What the claim states that the source does not; empty when every fact is grounded. */
    public static List<String> unsupported(String claim, String source, Collection<String> skillNames) {
        String sourceLower = source.toLowerCase(Locale.ROOT);
        Set<String> sourceNumbers = numbers(source);
        Set<String> sourceWords = WORD.matcher(source).results().map(m -> m.group().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> unsupported = new ArrayList<>();
        for (String number : numbers(claim)) {
            if (!sourceNumbers.contains(number)) {
                unsupported.add("number " + number);
            }
        }
        String claimLower = claim.toLowerCase(Locale.ROOT);
        for (String skill : skillNames) {
            String name = skill.toLowerCase(Locale.ROOT);
            if (containsPhrase(claimLower, name) && !containsPhrase(sourceLower, name)) {
                unsupported.add("skill " + skill);
            }
        }
        Matcher words = WORD.matcher(claim);
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean name = Character.isUpperCase(word.charAt(0)) && !sentenceStart(claim, words.start());
            if ((name || MONTHS.contains(lower)) && !sourceWords.contains(lower) && !lower.equals("i")) {
                unsupported.add("name " + word);
            }
        }
        return unsupported.stream().distinct().toList();
    }

    private static Set<String> numbers(String text) {
        return NUMBER.matcher(text).results().map(m -> normalizeNumber(m.group())).collect(Collectors.toSet());
    }

    private static String normalizeNumber(String number) {
        String plain = number.replace(',', '.');
        return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
    }

    private static boolean containsPhrase(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private static boolean sentenceStart(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?:;\n-•".indexOf(text.charAt(i)) >= 0;
    }
}
