package com.jobmatch.resume.parsing;

import java.util.Map;

/**
 * The probability that a role or degree field is right, per rule that found it: the share of such fields that
 * matched a value of the completed gold on the 110 annotated resumes bench/resume-structuring.sh reads (the
 * annotators' labels plus the audited completions of bench/resume-gold-completions.jsonl: employers and degrees the
 * annotators left out, judged one by one), Laplace-smoothed ((right + 1) / (n + 2)), fitted on all of them (the
 * bench prints the per-rule table and the same figures cross-validated by document folds, with a reliability table).
 * A rule seen fewer than 10 times there, and role dates (the gold has none), keep the uninformed 0.5. "Right" means
 * "the text says so": a correct older employer or a school-leaving certificate counts as right. The gold resumes
 * are job-board exports, so the employer-line rule dominates there; the flattened layouts' rules (order, legal form)
 * are too rare in them to be measured and stay 0.5.
 */
public final class FieldConfidence {

    private static final double UNMEASURED = 0.5;

    private static final Map<String, Double> COMPANY = Map.of(RoleHeading.EMPLOYER_LINE, 0.861);
    private static final Map<String, Double> TITLE = Map.of(
            RoleHeading.EMPLOYER_LINE, 0.623, RoleHeading.TITLE_WORD, 0.619);
    private static final Map<String, Double> DEGREE = Map.of(
            EducationHistory.WORD, 0.973, EducationHistory.ABBREVIATION, 0.988, EducationHistory.SCHOOL_LEVEL, 0.978);
    private static final Map<String, Double> SCHOOL = Map.of(EducationHistory.IN_ENTRY, 0.825);
    private static final Map<String, Double> YEAR = Map.of(
            EducationHistory.RANGE_END, 0.535, EducationHistory.LAST_YEAR, 0.481);

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
