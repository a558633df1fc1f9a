package com.jobmatch.resume.parsing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place in a role's heading ("Acme Corp – Austin, TX", "Accenture - Bengaluru, Karnataka",
 * "Company Name City, State Title"). The place is what separates employer from title in most layouts, so it
 * is found before anything else is split.
 */
final class Places {

    /** Where a place was found: [start, end) in the searched text, and the place as written ("" when left blank). */
    record Place(int start, int end, String text) {
    }

    private static final Set<String> REGIONS = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
            "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK", "UK", "UAE", "USA", "STATE");
    /** First words of two-word city names: "New York, NY" must not become "York, NY". */
    private static final Set<String> CITY_PREFIXES = Set.of("new", "san", "los", "las", "fort", "ft.", "saint", "st.",
            "salt", "santa", "el", "palm", "grand", "long", "north", "south", "east", "west", "little", "baton",
            "cedar", "colorado", "corpus", "des", "kansas", "oklahoma", "virginia", "jersey", "mountain", "round", "myrtle",
            "sioux", "st", "navi", "greater", "high", "rancho", "overland", "college", "ann", "bowling", "sugar");

    /** Builder exports: "–Owen,WI," "|Myrtle Point,OR," and, with the place left blank, "–,,". */
    private static final Pattern BUILDER = Pattern.compile("[–|]\\s*([\\p{L}.' -]{0,40}?)\\s*,\\s*([\\p{L}]{0,20})\\s*,");
    /** "City, ST" and "City, State Name" anywhere; the region decides whether it is a place. */
    private static final Pattern CITY_REGION = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'’]*)\\s*,\\s*(\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{Ll}]+)?)(?![\\p{L}])");
    /** "Accenture - Bengaluru, Karnataka": a place closing the line after a dash names any region. */
    private static final Pattern LINE_END = Pattern.compile(
            "(?:\\s[-–—|]\\s*|,\\s*)(\\p{Lu}[\\p{L}.' ]{1,30},\\s*\\p{Lu}[\\p{L} ]{1,30})\\s*$");

    private Places() {
    }

    static Place find(String text) {
        Matcher builder = BUILDER.matcher(text);
        if (builder.find()) {
            String city = builder.group(1).strip();
            String region = builder.group(2).strip();
            String place = city.isEmpty() && region.isEmpty() ? "" : city + (region.isEmpty() ? "" : ", " + region);
            return new Place(builder.start(), builder.end(), place);
        }
        Matcher m = CITY_REGION.matcher(text);
        while (m.find()) {
            String region = m.group(2);
            int regionEnd = m.end(2);
            if (!isRegion(region) && region.contains(" ") && isRegion(region.substring(0, region.indexOf(' ')))) {
                // "City, State Registered Nurse": the region is the first word, a title follows.
                region = region.substring(0, region.indexOf(' '));
                regionEnd = m.start(2) + region.length();
            } else if (!isRegion(region)) {
                continue;
            }
            int start = m.start(1);
            String city = m.group(1);
            int before = previousWordStart(text, start);
            if (before >= 0 && CITY_PREFIXES.contains(text.substring(before, start).strip().toLowerCase(Locale.ROOT))) {
                start = before;
                city = text.substring(before, m.end(1));
            }
            return new Place(start, regionEnd, city + ", " + region);
        }
        Matcher end = LINE_END.matcher(text);
        if (end.find()) {
            return new Place(end.start(), end.end(), end.group(1).strip());
        }
        return null;
    }

    private static boolean isRegion(String region) {
        String upper = region.toUpperCase(Locale.ROOT);
        return REGIONS.contains(upper) && (region.length() <= 3 ? region.equals(upper) : true)
                || REGION_NAMES.contains(region.toLowerCase(Locale.ROOT));
    }

    private static int previousWordStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',' && text.charAt(i) != '|') {
            i--;
        }
        return end > i + 1 ? i + 1 : -1;
    }

    private static final Set<String> REGION_NAMES = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming", "state", "ontario", "quebec", "alberta", "karnataka", "maharashtra",
            "tamil nadu", "telangana", "andhra pradesh", "kerala", "delhi", "uttar pradesh", "west bengal", "gujarat",
            "haryana", "punjab", "rajasthan", "madhya pradesh", "odisha", "orissa", "bihar", "goa", "jharkhand", "assam",
            "chhattisgarh", "uttarakhand", "himachal pradesh", "india", "usa", "england", "scotland", "germany",
            "canada", "australia", "singapore", "uae", "dubai", "remote");
}
