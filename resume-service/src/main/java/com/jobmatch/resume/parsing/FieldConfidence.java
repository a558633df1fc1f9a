package com.jobmatch.resume.parsing;

import java.util.Map;

/**
 * The probability that a role or degree field is right, per rule that found it: the share of such fields that
 * matched a gold value on the 110 annotated resumes bench/resume-structuring.sh reads, Laplace-smoothed
 * ((right + 1) / (n + 2)), fitted on all of them (the bench prints the per-rule table and the same figures
 * cross-validated by document folds, with a reliability table). A rule seen fewer than 10 times there, and role
 * dates (the gold has none), keep the uninformed 0.5. Note what "right" means there: the gold marks mostly the
 * current employer and the highest degree, so a correct older employer or a school-leaving certificate counts
 * as wrong; these are lower bounds for "the text says so", and the right figures for "the one that matters".
 */
public final class FieldConfidence {

    private static final double UNMEASURED = 0.5;

    private static final Map<String, Double> COMPANY = Map.of(
            RoleHeading.LEGAL_FORM, 0.500, RoleHeading.ORDER, 0.630, RoleHeading.ONLY_PART, 0.267);
    private static final Map<String, Double> TITLE = Map.of(
            RoleHeading.TITLE_WORD, 0.651, RoleHeading.ORDER, 0.286);
    private static final Map<String, Double> DEGREE = Map.of(
            EducationHistory.WORD, 0.946, EducationHistory.ABBREVIATION, 0.899, EducationHistory.SCHOOL_LEVEL, 0.254);
    private static final Map<String, Double> SCHOOL = Map.of(EducationHistory.IN_ENTRY, 0.876);
    private static final Map<String, Double> YEAR = Map.of(
            EducationHistory.RANGE_END, 0.512, EducationHistory.LAST_YEAR, 0.493);

    private FieldConfidence() {
    }

    public static double company(String rule) {
        return COMPANY.getOrDefault(String.valueOf(rule), UNMEASURED);
    }

    public static double title(String rule) {
        return TITLE.getOrDefault(String.valueOf(rule), UNMEASURED);
    }

    public static double dates() {
        return UNMEASURED;
    }

    public static double degree(String rule) {
        return DEGREE.getOrDefault(String.valueOf(rule), UNMEASURED);
    }

    public static double school(String rule) {
        return SCHOOL.getOrDefault(String.valueOf(rule), UNMEASURED);
    }

    public static double year(String rule) {
        return YEAR.getOrDefault(String.valueOf(rule), UNMEASURED);
    }
}
