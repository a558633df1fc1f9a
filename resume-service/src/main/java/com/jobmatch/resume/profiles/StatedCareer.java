package com.jobmatch.resume.profiles;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The career length a resume states in words: "over 12 years of experience in accounting", "10+ years' professional
 * experience", "Total work experience of 4.6 years". Recruiters read the claim beside the dated roles; pasted and
 * exported resumes often lose the dates of older roles (or keep only "01/1-01/1"), so the dated roles alone can show
 * a few months of a long career. Hand-written: no library reads such claims, and two patterns cover how they are said.
 */
final class StatedCareer {

    /** Years beyond any working life: a figure this large is an age, a company's history or a typo. */
    static final int MAX_YEARS = 50;

    private static final String YEARS = "(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?)['’]?";
    /** "12 years of experience", "10+ years' professional experience", "5 yrs relevant work experience". */
    private static final Pattern YEARS_OF_EXPERIENCE = Pattern.compile(
            "(?i)\\b" + YEARS + "\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,3}?experience\\b");
    /** "experience of over 4.6 years", "Total work experience: 8 years". */
    private static final Pattern EXPERIENCE_OF_YEARS = Pattern.compile(
            "(?i)\\bexperience\\s*(?:of|:|-)\\s*(?:over\\s+|more than\\s+|nearly\\s+|almost\\s+|about\\s+)?" + YEARS);

    private StatedCareer() {
    }

    /** The longest career the text claims, in months; empty when it claims none. */
    static Optional<Integer> months(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        double most = Math.max(longest(YEARS_OF_EXPERIENCE.matcher(text)), longest(EXPERIENCE_OF_YEARS.matcher(text)));
        return most > 0 ? Optional.of((int) Math.round(most * 12)) : Optional.empty();
    }

    private static double longest(Matcher matcher) {
        double most = 0;
        while (matcher.find()) {
            double years = Double.parseDouble(matcher.group(1));
            if (years <= MAX_YEARS) {
                most = Math.max(most, years);
            }
        }
        return most;
    }
}
