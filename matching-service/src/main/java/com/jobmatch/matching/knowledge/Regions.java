package com.jobmatch.matching.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * States and provinces as people and postings write them, by code or by name ("WA", "Washington"), read as one
 * region of a country, so that Portland, OR and Portland, ME are two places and Seattle, WA and Seattle,
 * Washington one. Only the countries whose addresses are written with a region code are listed (United States,
 * Canada, Australia); the JDK knows countries but not their subdivisions, and no library the project uses ships
 * them, so the table is written here. A region this table does not read ("Bavaria", a typo) is not known to be the
 * same as, nor different from, another.
 */
public final class Regions {

    /** Per ISO country code: each region's code and name. */
    private static final Map<String, String[][]> REGIONS = Map.of(
            "US", new String[][] {
                    {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
                    {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
                    {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
                    {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
                    {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"},
                    {"MN", "Minnesota"}, {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"},
                    {"NE", "Nebraska"}, {"NV", "Nevada"}, {"NH", "New Hampshire"}, {"NJ", "New Jersey"},
                    {"NM", "New Mexico"}, {"NY", "New York"}, {"NC", "North Carolina"}, {"ND", "North Dakota"},
                    {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"},
                    {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},
                    {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"}, {"WA", "Washington"},
                    {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}, {"PR", "Puerto Rico"}},
            "CA", new String[][] {
                    {"AB", "Alberta"}, {"BC", "British Columbia"}, {"MB", "Manitoba"}, {"NB", "New Brunswick"},
                    {"NL", "Newfoundland and Labrador"}, {"NS", "Nova Scotia"}, {"NT", "Northwest Territories"},
                    {"NU", "Nunavut"}, {"ON", "Ontario"}, {"PE", "Prince Edward Island"}, {"QC", "Quebec"},
                    {"SK", "Saskatchewan"}, {"YT", "Yukon"}},
            "AU", new String[][] {
                    {"ACT", "Australian Capital Territory"}, {"NSW", "New South Wales"}, {"NT", "Northern Territory"},
                    {"QLD", "Queensland"}, {"SA", "South Australia"}, {"TAS", "Tasmania"}, {"VIC", "Victoria"},
                    {"WA", "Western Australia"}});

    /** Per country code: written form (lower case, no dots) to region code. */
    private static final Map<String, Map<String, String>> CODES = codes();

    private Regions() {
    }

    /**
     * Whether two places' regions are known to be different ones: both read as regions of the places' country (the
     * first place's country, else the second's, else the United States, whose codes most postings here use) and not
     * the same. "OR" and "ME" differ; "WA" and "Washington" do not; "Bavaria" and "Bayern" are not known to.
     */
    public static boolean differ(String region, String otherRegion, String country, String otherCountry) {
        Map<String, String> codes = codesOf(country, otherCountry);
        String left = codes.get(Countries.key(region));
        String right = codes.get(Countries.key(otherRegion));
        return left != null && right != null && !left.equals(right);
    }

    /** Whether two regions are the same one: by code where both are read, else as written. */
    public static boolean same(String region, String otherRegion, String country, String otherCountry) {
        if (region == null || otherRegion == null) {
            return false;
        }
        String key = Countries.key(region);
        String otherKey = Countries.key(otherRegion);
        if (key.isEmpty()) {
            return false;
        }
        Map<String, String> codes = codesOf(country, otherCountry);
        String left = codes.get(key);
        String right = codes.get(otherKey);
        return left != null && right != null ? left.equals(right) : key.equals(otherKey);
    }

    /**
     * Every written form (lower case, without dots) of the regions of a place's country other than its own, for the
     * hard filters' side of {@link #differ}: a job in one of them is elsewhere. Empty when the region is not read.
     */
    public static Set<String> writtenOtherThan(String region, String country) {
        Map<String, String> codes = codesOf(country, null);
        String own = codes.get(Countries.key(region));
        if (own == null) {
            return Set.of();
        }
        Set<String> others = new HashSet<>();
        codes.forEach((written, code) -> {
            if (!code.equals(own)) {
                others.add(written);
            }
        });
        return others;
    }

    /** Whether a written word is one of the regions of a country (of the United States when the country is unknown). */
    public static boolean isRegion(String written, String country) {
        return codesOf(country, null).containsKey(Countries.key(written));
    }

    private static Map<String, String> codesOf(String country, String otherCountry) {
        String code = Countries.code(country).or(() -> Countries.code(otherCountry)).orElse("US");
        return CODES.getOrDefault(code, Map.of());
    }

    private static Map<String, Map<String, String>> codes() {
        Map<String, Map<String, String>> codes = new HashMap<>();
        REGIONS.forEach((country, regions) -> {
            Map<String, String> written = new HashMap<>();
            for (String[] region : regions) {
                written.put(Countries.key(region[0]), region[0]);
                written.put(Countries.key(region[1]), region[0]);
            }
            codes.put(country, Map.copyOf(written));
        });
        return Map.copyOf(codes);
    }
}
