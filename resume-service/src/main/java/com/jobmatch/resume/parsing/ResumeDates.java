package com.jobmatch.resume.parsing;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates people write on resumes: "Jan 2020", "January 2020", "01/2020", "2020-01", "2020", "Present". */
public final class ResumeDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH_NAME =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** Seasons stand for a month near their middle of the academic year: what people mean by "Summer 2019". */
    private static final Map<String, Integer> SEASONS = Map.of("spring", 3, "summer", 6, "fall", 9, "autumn", 9, "winter", 12);
    private static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
    private static final String PRESENT = "(?:present|current(?:ly)?|now|today|till date|to date|date|ongoing)";
    /**
     * One date as written on a resume. Digits must not continue on either side, so that a phone number or an
     * amount ("$20000", "$39,062") is not read as a year, but a comma after a word is a separator flattened text
     * leaves before a date ("Engineer,2004to2011"), and so is a full stop after a word, where flattened text glues the
     * next role's dates to the sentence before ("advisors.2012to03/2015"; "3.2015" stays a number); a month name may
     * be glued to the word before it, as flattened text does ("Expected inMay 2016").
     */
    public static final String DATE = "(?:(?:" + MONTH_NAME + "|" + SEASON + ")\\.?,?\\s*'?\\d{2,4}(?!\\d)"
            + "|(?<![\\d/])(?<!\\d\\.)\\d{1,2}\\s*[/.-]\\s*(?:19|20)\\d{2}(?!\\d)|(?<![\\d/])(?:19|20)\\d{2}\\s*[-/]\\s*[01]\\d(?![\\d/])"
            + "|(?<![\\d/$])(?<!\\d[.,])(?:19|20)\\d{2}(?![\\d,]))";
    /**
     * A range's end may have a number glued after its year, as flattened builder exports write the hours line next:
     * "10/2013-01/201440-60 Hrs a Week". After a range's start, a month and four digits of a year are its end.
     */
    private static final String GLUED_END = "(?<![\\d/])\\d{1,2}\\s*/\\s*(?:19|20)\\d{2}(?=\\d)";
    /** A range such as "Jan 2019 - Present", "2015 to 2018" or, flattened, "01/2018toCurrent". */
    public static final Pattern RANGE = Pattern.compile(
            "(" + DATE + ")\\s*(?:-|–|—|~|to|until|till|through|thru)\\s*(" + DATE + "|" + GLUED_END + "|" + PRESENT
                    + "(?-i:(?![a-z])))",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NAMED_SEASON = Pattern.compile("(" + SEASON + ")\\.?,?\\s*'?(\\d{2,4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile("(" + MONTH_NAME + ")\\.?,?\\s*'?(\\d{2,4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_MONTH_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2})(?:-\\d{2})?");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");
    private static final Pattern PRESENT_WORD = Pattern.compile("^\\s*" + PRESENT + "\\s*$", Pattern.CASE_INSENSITIVE);

    private ResumeDates() {
    }

    public static boolean isPresent(String text) {
        return text != null && PRESENT_WORD.matcher(text).matches();
    }

    /** The month a written date stands for; a bare year counts as its first month for starts. */
    public static Optional<YearMonth> parse(String text) {
        return parse(text, false);
    }

    /** As {@link #parse(String)}, but a bare year used as an end date means its last month. */
    public static Optional<YearMonth> parseEnd(String text) {
        return parse(text, true);
    }

    private static Optional<YearMonth> parse(String text, boolean endOfYear) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = ISO.matcher(value);
        if (m.matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = NAMED.matcher(value);
        if (m.find()) {
            int year = Integer.parseInt(m.group(2));
            year = year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year;
            return month(year, MONTHS.get(m.group(1).substring(0, 3)));
        }
        m = NAMED_SEASON.matcher(value);
        if (m.find()) {
            int year = Integer.parseInt(m.group(2));
            year = year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year;
            return month(year, SEASONS.get(m.group(1)));
        }
        m = NUMERIC_MONTH_FIRST.matcher(value);
        if (m.find()) {
            return month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = YEAR.matcher(value);
        if (m.find()) {
            return month(Integer.parseInt(m.group(1)), endOfYear ? 12 : 1);
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> month(int year, int month) {
        if (month < 1 || month > 12 || year < 1900 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(year, month));
    }

    /** The canonical form we store: "2020-01". */
    public static String normalize(String text) {
        if (isPresent(text)) {
            return null;
        }
        return parse(text).map(YearMonth::toString).orElse(text == null ? null : text.trim());
    }
}
