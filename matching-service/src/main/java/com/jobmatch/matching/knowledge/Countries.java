package com.jobmatch.matching.knowledge;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Countries as people and postings write them ("DE", "Germany", "DEU", "U.S.A.") read as ISO 3166 codes, from the
 * JDK's own country list, so that "Germany" and "DE" are one country and "Germany" and "US" two. A country the list
 * does not know ("England", a typo) is no country here: whether it is the same as another is unknown.
 */
public final class Countries {

    private static final Map<String, String> CODES = codes();

    private Countries() {
    }

    /** The ISO 3166 alpha-2 code of a written country, if it is one. */
    public static Optional<String> code(String written) {
        return Optional.ofNullable(CODES.get(key(written)));
    }

    /** Whether two written countries are the same one: by their codes when both are read, else as written. */
    public static boolean same(String a, String b) {
        Optional<String> left = code(a);
        Optional<String> right = code(b);
        return left.isPresent() && right.isPresent() ? left.equals(right) : Terms.sameTerm(a, b);
    }

    /** Whether two written countries are known to be different ones (both read, and not the same). */
    public static boolean differ(String a, String b) {
        Optional<String> left = code(a);
        Optional<String> right = code(b);
        return left.isPresent() && right.isPresent() && !left.equals(right);
    }

    /**
     * Every written form this list reads as a country other than these (ISO codes), as {@link #key} writes it:
     * lower case, without dots, stripped.
     */
    public static Set<String> writtenOtherThan(Set<String> codes) {
        return CODES.entrySet().stream().filter(entry -> !codes.contains(entry.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A place's name as the tables here key it, and as the hard filters' SQL writes a column: lower case, no dots. */
    static String key(String written) {
        return written == null ? "" : written.replace(".", "").strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            codes.put(key(code), code);
            codes.put(key(country.getISO3Country()), code);
            codes.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
        }
        // ISO 3166 reserves "UK" for the United Kingdom (GB), and people write it more often than GB.
        codes.put("uk", "GB");
        return Map.copyOf(codes);
    }
}
