package com.jobmatch.matching.enrichment;

import com.jobmatch.matching.catalogue.SkillRequirementKind;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a skill mention sits in a "nice to have" part of a posting: the nearest heading-like marker before
 * the mention decides; without one, a skill is required.
 */
public final class RequirementSections {

    /** Words that make what follows (a heading) or what they stand in (a sentence) wished for, not required. */
    static final Pattern PREFERRED = Pattern.compile(
            "\\b(preferred|nice to have|nice-to-have|bonus|a plus|desired|desirable|advantageous|optional)\\b");
    private static final Pattern REQUIRED = Pattern.compile(
            "\\b(required|(?<!preferred )(?<!desired )(?<!bonus )(requirements|qualifications)|must have|must-have|you have|you bring|essential)\\b");

    private RequirementSections() {
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
