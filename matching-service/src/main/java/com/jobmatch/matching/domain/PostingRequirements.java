package com.jobmatch.matching.domain;

import com.jobmatch.contract.model.ExperienceRange;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requirements a free-text posting states in words, read at enrichment for postings that carry no structured
 * fields for them. Most real postings say "5+ years of experience" only in their description; without this their
 * experience criterion and minimum-experience knock-out would never apply.
 */
public final class PostingRequirements {

    /** "5+ years of experience", "3-5 years of professional software experience", "at least 2 yrs experience". */
    private static final Pattern YEARS_OF_EXPERIENCE = Pattern.compile(
            "\\b(\\d{1,2})\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:years?|yrs?)\\b(?:\\s+of)?(?:\\s+[\\w/&,+#.-]+){0,4}?\\s+experience",
            Pattern.CASE_INSENSITIVE);
    /** More than this is a company's age or a typo, not a requirement. */
    private static final int MAX_YEARS = 20;
    /**
     * A sentence that says the years are welcome rather than needed states no minimum: the words that mark a
     * preferred section ({@link RequirementSections}), and two that only a sentence uses.
     */
    private static final Pattern WISH_IN_SENTENCE = Pattern.compile("\\b(prefer|ideally)\\b", Pattern.CASE_INSENSITIVE);
    private static final String SENTENCE_ENDS = ".!?;\n•";

    private PostingRequirements() {
    }

    /**
     * The experience the posting asks for: the most demanding "N years ... experience" it states, since meeting
     * all of its requirements ("7+ years overall, 3+ in cloud") takes that many, leaving out years it only wishes
     * for ("5+ years of Go experience preferred"); null when it states none.
     */
    public static ExperienceRange experience(String... texts) {
        Integer most = null;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = YEARS_OF_EXPERIENCE.matcher(text);
            while (m.find()) {
                int years = Integer.parseInt(m.group(1));
                if (years > 0 && years <= MAX_YEARS && !wished(sentenceAround(text, m.start(), m.end()))) {
                    most = most == null ? years : Math.max(most, years);
                }
            }
        }
        return most == null ? null : new ExperienceRange(most * 12, null);
    }

    private static boolean wished(String sentence) {
        return RequirementSections.PREFERRED.matcher(sentence.toLowerCase(Locale.ROOT)).find()
                || WISH_IN_SENTENCE.matcher(sentence).find();
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}
