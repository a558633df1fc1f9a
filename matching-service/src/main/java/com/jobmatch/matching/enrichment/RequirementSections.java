package com.jobmatch.matching.enrichment;

import com.jobmatch.matching.catalogue.SkillRequirementKind;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a skill mention sits in a "nice to have" part of a posting: the nearest heading-like marker before
 * the mention decides; without one, a skill is required. A mention in the posting's legal boilerplate (its
 * equal-opportunity statement and other notices) is no requirement at all ({@link #inLegalNotice}).
 */
public final class RequirementSections {

    /** Words that make what follows (a heading) or what they stand in (a sentence) wished for, not required. */
    static final Pattern PREFERRED = Pattern.compile(
            "\\b(preferred|nice to have|nice-to-have|bonus|a plus|desired|desirable|advantageous|optional)\\b");
    private static final Pattern REQUIRED = Pattern.compile(
            "\\b(required|(?<!preferred )(?<!desired )(?<!bonus )(requirements|qualifications)|must have|must-have|you have|you bring|essential)\\b");

    /**
     * The grounds an equal-opportunity statement enumerates (those of US federal and state anti-discrimination law:
     * Title VII, ADEA, ADA, GINA, USERRA), written as postings write them. A fixed legal list, not a guess at words.
     */
    private static final Pattern PROTECTED_GROUND = Pattern.compile(
            "\\b(race|colou?r|religion|religious|creed|sex|gender|national origin|ancestry|age|disability|disabled|veterans?"
                    + "|sexual orientation|genetic|pregnancy|marital|citizenship)\\b", Pattern.CASE_INSENSITIVE);
    /** Distinct grounds near a mention that make the words around it such a statement, not a sentence that names one. */
    static final int GROUNDS_OF_A_STATEMENT = 3;
    /**
     * The grounds are looked for in the mention's sentence, at most this far either side of it: pasted postings lose
     * their line breaks, and a statement glued to the requirements before it must not take them along.
     */
    static final int STATEMENT_REACH = 150;

    /**
     * The employer's other legal notices, by the phrases the notices are written in: accommodation in the hiring
     * process, fair-chance hiring, agencies' unsolicited resumes, affirmative action, pay transparency (41 CFR
     * 60-1.35), E-Verify. Read in the fit-pairs postings as criminal law, recruiting services, "legal requirements",
     * and the employer's own name (NextEra Energy, Cisco) asked of every candidate. A fixed list of legal phrases.
     */
    private static final Pattern LEGAL_NOTICE = Pattern.compile(
            "\\b(reasonable accommodations?|accommodations? (for|in|during) (any part of )?the (application|interview|hiring)"
                    + "|unsolicited|criminal histor(y|ies)|fair chance|affirmative action|pay transparency|41 cfr|e-verify)\\b",
            Pattern.CASE_INSENSITIVE);

    private RequirementSections() {
    }

    /**
     * Whether the words at {@code start..end} sit in the employer's legal boilerplate: an equal-opportunity statement
     * ({@link #namesGroundsOfAStatement}) or a sentence of another legal notice ({@link #LEGAL_NOTICE}).
     */
    public static boolean inLegalNotice(String text, int start, int end) {
        String sentence = sentenceOf(text, start, end);
        return sentence != null && (namesGroundsOfAStatement(sentence) || LEGAL_NOTICE.matcher(sentence).find());
    }

    /** The sentence around the words at {@code start..end}, within {@link #STATEMENT_REACH}; null for no such words. */
    private static String sentenceOf(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return null;
        }
        return PostingRequirements.sentenceAround(text, start, end, STATEMENT_REACH);
    }

    /**
     * Whether a sentence is an equal-opportunity statement ("without regard to race, color, religion, sex, national
     * origin, ancestry, ..."): the employer's legal boilerplate, where "ancestry" would otherwise be read as genealogy
     * and "religion" as Christianity, asked of every candidate.
     */
    private static boolean namesGroundsOfAStatement(String sentence) {
        Matcher m = PROTECTED_GROUND.matcher(sentence);
        Set<String> grounds = new HashSet<>();
        while (m.find()) {
            grounds.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("s$", ""));
        }
        return grounds.size() >= GROUNDS_OF_A_STATEMENT;
    }

    public static SkillRequirementKind kindAt(String text, int offset) {
        String before = text.substring(0, Math.max(0, Math.min(offset, text.length()))).toLowerCase(Locale.ROOT);
        return lastMatch(PREFERRED, before) > lastMatch(REQUIRED, before)
                ? SkillRequirementKind.PREFERRED : SkillRequirementKind.REQUIRED;
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
