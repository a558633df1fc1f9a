package com.jobmatch.matching.enrichment;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceRange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requirements a free-text posting states in words, read at enrichment for postings that carry no structured
 * fields for them. Most real postings say "5+ years of experience" only in their description; without this their
 * experience criterion and minimum-experience knock-out would never apply.
 */
public final class PostingRequirements {

    /**
     * A number of years: "5+ years", "3-5 years", "2 yrs", "7 years'", also glued to the sentence before it
     * ("related field.5+ years", as pasted postings lose the space), but not the end of a decimal ("1.5 years").
     * Whether it is an experience requirement is decided from the words around it ({@link #REQUIREMENT_BEFORE},
     * {@link #REQUIREMENT_AFTER}, {@link #NOT_A_REQUIREMENT}).
     */
    private static final Pattern YEARS = Pattern.compile(
            "(?<!\\d)(?<!\\d[.,])(\\d{1,2})\\s*(\\+)?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:years?|yrs?)\\b'?",
            Pattern.CASE_INSENSITIVE);
    /** Words after the years that make them a requirement: "... of experience", "... in a similar role", "... minimum". */
    private static final Pattern REQUIREMENT_AFTER = Pattern.compile(
            "^\\W{0,3}(?:(?:of|in|as|with|or)\\s+)?(?:[\\w/&,+#.-]+\\s+){0,5}?(?:experience|exp\\b|development|role|position"
                    + "|background|minimum|min\\b|or more|work)|^\\s*(?:in|as)\\s+(?:a|an)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words before the years that make them a requirement: "Experience Level: 4+ years", "at least 3 years". */
    private static final Pattern REQUIREMENT_BEFORE = Pattern.compile(
            "(?:experience|minimum|min\\.?|at least|level|have|has|with)\\W{0,3}(?:\\w+\\W+){0,2}$", Pattern.CASE_INSENSITIVE);
    /** A company's age or a time frame, not a requirement: "for over 25 years", "in the last 3 years", "20 years ago". */
    private static final Pattern NOT_A_REQUIREMENT = Pattern.compile(
            "(?:over|for|past|last|than|nearly|almost|about|within|next|first)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_REQUIREMENT_AFTER = Pattern.compile(
            "^\\W{0,2}(?:ago|old|in business|of (?:history|service|combined|growth)|contract|term|warranty)", Pattern.CASE_INSENSITIVE);
    private static final int CONTEXT = 60;
    /** How far before and after stated years a wish word still speaks of them ({@link #clauseAround}). */
    private static final int WISH_BEFORE = 20;
    private static final int WISH_AFTER = 40;
    /**
     * How postings name a level of education, highest first. Words that are also something else need their noun:
     * "associate's degree" (not "Sales Associate"), "master's degree" (not "Master Electrician", "master data"),
     * and no bare "MS" (Microsoft).
     */
    private static final List<Map.Entry<EducationLevel, Pattern>> EDUCATION = List.of(
            Map.entry(EducationLevel.DOCTORATE, Pattern.compile(
                    "\\b(?:ph\\.?\\s?d\\b|doctorate|doctoral degree)", Pattern.CASE_INSENSITIVE)),
            Map.entry(EducationLevel.MASTER, Pattern.compile(
                    "\\b(?:master'?s?\\s+(?:degree|of\\s+\\w+)|mba\\b|m\\.s\\.|msc\\b|m\\.sc\\b|graduate degree)",
                    Pattern.CASE_INSENSITIVE)),
            Map.entry(EducationLevel.BACHELOR, Pattern.compile(
                    "\\b(?:bachelor'?s?|b\\.s\\.|b\\.a\\.|bsc\\b|b\\.sc\\b|bs\\s*/\\s*ba\\b|ba\\s*/\\s*bs\\b"
                            + "|(?:4|four)[- ]year (?:college |university )?degree|college degree|university degree"
                            + "|undergraduate degree)", Pattern.CASE_INSENSITIVE)),
            Map.entry(EducationLevel.ASSOCIATE, Pattern.compile(
                    "\\b(?:associate'?s?\\s+degree|(?:2|two)[- ]year degree)", Pattern.CASE_INSENSITIVE)),
            Map.entry(EducationLevel.VOCATIONAL, Pattern.compile(
                    "\\b(?:vocational (?:training|school|diploma|certificate)|trade school)", Pattern.CASE_INSENSITIVE)),
            Map.entry(EducationLevel.HIGH_SCHOOL, Pattern.compile(
                    "\\b(?:high school|secondary school|ged\\b)", Pattern.CASE_INSENSITIVE)));
    /**
     * How postings say that no education is needed ("no formal education required", "no degree needed", "Education:
     * none"): a requirement every candidate meets, read only where the posting names no level it asks for.
     */
    private static final Pattern NO_EDUCATION = Pattern.compile(
            "\\bno (?:formal |prior |specific )?(?:education|degree|diploma|qualifications?)(?: requirements?)?"
                    + "(?: (?:is|are))? (?:required|needed|necessary)\\b"
                    + "|\\b(?:degree|diploma|education) (?:is )?not (?:required|needed|necessary)\\b"
                    + "|\\beducation(?: requirements?)?:\\s*(?:none|not required)\\b", Pattern.CASE_INSENSITIVE);
    /** A level named only to say it is not needed: "no college degree required", "a degree is not required". */
    private static final Pattern NO_BEFORE = Pattern.compile("\\bno (?:formal |\\w+ )?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AFTER = Pattern.compile(
            "^(?:\\s\\w+)?\\s(?:is |are )?not (?:required|needed|necessary)\\b", Pattern.CASE_INSENSITIVE);
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
            Optional<StatedFact> stated = experienceStated(text, "description");
            if (stated.isPresent()) {
                int years = Integer.parseInt(stated.get().value());
                most = most == null ? years : Math.max(most, years);
            }
        }
        return most == null ? null : new ExperienceRange(most * 12, null);
    }

    /** The most demanding years of experience one text asks for (value: the years), with the words that say so. */
    public static Optional<StatedFact> experienceStated(String text, String source) {
        if (text == null) {
            return Optional.empty();
        }
        StatedFact most = null;
        Matcher m = YEARS.matcher(text);
        while (m.find()) {
            int years = Integer.parseInt(m.group(1));
            String sentence = sentenceAround(text, m.start(), m.end());
            if (years > 0 && years <= MAX_YEARS && isRequirement(sentence, m.group(), m.group(2) != null)
                    && !wished(clauseAround(sentence, m.group())) && (most == null || years > Integer.parseInt(most.value()))) {
                most = new StatedFact("experience", String.valueOf(years), source, m.start(), m.end(), m.group());
            }
        }
        return Optional.ofNullable(most);
    }

    /**
     * The education the posting requires: the lowest level it names outside sentences that only wish for one
     * ("Bachelor's degree required, Master's preferred" asks for a bachelor's; "BS or MS" is met by a BS); none
     * ({@link EducationLevel#NONE}) when it names no level and says that none is needed; null when it says nothing.
     */
    public static EducationLevel education(String text) {
        return educationStated(text, "description").map(f -> EducationLevel.valueOf(f.value())).orElse(null);
    }

    /** {@link #education(String)} with the words that name the level. */
    public static Optional<StatedFact> educationStated(String text, String source) {
        if (text == null) {
            return Optional.empty();
        }
        StatedFact lowest = null;
        for (Map.Entry<EducationLevel, Pattern> level : EDUCATION) {
            Matcher m = level.getValue().matcher(text);
            while (m.find()) {
                if (!wished(sentenceAround(text, m.start(), m.end())) && !negated(text, m.start(), m.end())) {
                    lowest = new StatedFact("education", level.getKey().name(), source, m.start(), m.end(), m.group());
                    break;
                }
            }
        }
        if (lowest == null) {
            Matcher none = NO_EDUCATION.matcher(text);
            if (none.find()) {
                lowest = new StatedFact("education", EducationLevel.NONE.name(), source, none.start(), none.end(), none.group());
            }
        }
        return Optional.ofNullable(lowest);
    }

    private static boolean isRequirement(String sentence, String years, boolean plus) {
        int at = sentence.indexOf(years);
        String before = sentence.substring(Math.max(0, at - CONTEXT), Math.max(0, at));
        String after = sentence.substring(Math.min(sentence.length(), at + years.length()),
                Math.min(sentence.length(), at + years.length() + CONTEXT));
        if (NOT_A_REQUIREMENT.matcher(before).find() || NOT_A_REQUIREMENT_AFTER.matcher(after).find()) {
            return false;
        }
        return REQUIREMENT_AFTER.matcher(after).find() || REQUIREMENT_BEFORE.matcher(before).find()
                || sentence.strip().length() <= years.length() + 1 || (plus && at == 0);
    }

    private static boolean negated(String text, int start, int end) {
        return NO_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find()
                || NOT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find();
    }

    private static boolean wished(String sentence) {
        return RequirementSections.PREFERRED.matcher(sentence.toLowerCase(Locale.ROOT)).find()
                || WISH_IN_SENTENCE.matcher(sentence).find();
    }

    /**
     * The words that can say stated years are only wished for: a few before them ("Ideally 5 years", "Preferred: 3+
     * years") and their own phrase after them ("8+ years of Go experience would be a plus"). Not the whole sentence:
     * a posting pasted without sentence ends runs several requirements into one ("Bachelors Degree in Accounting 5-10
     * years of experience Experience in public accounting CPA preferred"), and the wish for the CPA must not take the
     * years with it.
     */
    private static String clauseAround(String sentence, String years) {
        int at = Math.max(0, sentence.indexOf(years));
        return sentence.substring(Math.max(0, at - WISH_BEFORE), Math.min(sentence.length(), at + years.length() + WISH_AFTER));
    }

    /** The sentence around characters {@code start..end}: between the nearest sentence ends on either side. */
    static String sentenceAround(String text, int start, int end) {
        return sentenceAround(text, start, end, text.length());
    }

    /**
     * {@link #sentenceAround(String, int, int)} at most {@code reach} characters either side of the words: pasted
     * postings lose their sentence ends, and one sentence can then run through the whole text.
     */
    static String sentenceAround(String text, int start, int end, int reach) {
        int from = start;
        while (from > Math.max(0, start - reach) && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < Math.min(text.length(), end + reach) && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}
