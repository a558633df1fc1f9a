package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.EducationLevel;

import java.util.Locale;

/**
 * How an explanation names durations and education levels: as a person says them ("6 years", "a bachelor's degree"),
 * not as the profile stores them (months, enum constants).
 */
final class PlainWords {

    /** Below two years a duration reads better in months ("18 months"); above, in years to the half year. */
    static final int MONTHS_UP_TO = 24;

    private PlainWords() {
    }

    /** "1 month", "18 months", "2 years", "6.5 years" (rounded to the nearest half year). */
    static String duration(double months) {
        long whole = Math.round(months);
        if (whole < MONTHS_UP_TO) {
            return whole == 1 ? "1 month" : whole + " months";
        }
        double halves = Math.round(months / 6.0) / 2.0;
        return (halves == Math.rint(halves) ? String.valueOf((long) halves) : String.format(Locale.ROOT, "%.1f", halves))
                + " years";
    }

    /** A stated range of experience: "at least 3 years", "2-5 years", "at most 18 months". */
    static String range(Integer minMonths, Integer maxMonths) {
        if (minMonths != null && maxMonths != null) {
            boolean sameUnit = minMonths >= MONTHS_UP_TO == maxMonths >= MONTHS_UP_TO;
            String low = duration(minMonths);
            return sameUnit ? low.substring(0, low.indexOf(' ')) + "-" + duration(maxMonths)
                    : low + " to " + duration(maxMonths);
        }
        return minMonths != null ? "at least " + duration(minMonths) : "at most " + duration(maxMonths);
    }

    /** The level with its article: "a bachelor's degree", "an associate degree", "no formal education". */
    static String education(EducationLevel level) {
        return switch (level) {
            case NONE -> "no formal education";
            case HIGH_SCHOOL -> "a high-school diploma";
            case VOCATIONAL -> "a vocational qualification";
            case ASSOCIATE -> "an associate degree";
            case BACHELOR -> "a bachelor's degree";
            case MASTER -> "a master's degree";
            case DOCTORATE -> "a doctorate";
        };
    }

    /** The words as the start of a sentence: "A bachelor's degree would add ...". */
    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
