package com.jobmatch.ai.skills;

import com.jobmatch.contract.model.ExtractedSkill;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A skill's name written inside an employer's name is part of that name: "Summit Ridge Logistics is looking for a
 * driver" asks for no logistics, and "Electrical Lead Hand, Flint Energy" shows no knowledge of energy. The employers
 * are the caller's reading (a posting's company field, the employers of a resume's parsed roles), so the text need
 * not be guessed at: a mention is dropped only where it lies inside a whole-word occurrence of one of those names.
 * <p>
 * Two guards, because a resume's parsed employer is sometimes another line of the resume: the mention must be a proper
 * part of the name (an employer read as "Java" or "Jenkins" is a skills line taken for an employer, and a person may
 * well work at a company named after its product), and the name must read as one name, not a list ("Jenkins, Maven,
 * Git").
 */
public final class EmployerNames {

    /** A legal form closing a name after a comma ("Rockwell Automation, Inc."): a name's, not a list's, comma. */
    private static final Pattern LEGAL_FORM = Pattern.compile(",\\s*(inc|llc|ltd|corp|co|plc|lp|llp|gmbh|s\\.?a)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;|/•]");
    /** Longer than any employer's name: a longer "employer" is text the parse took for one. */
    static final int MAX_NAME_WORDS = 8;

    private EmployerNames() {
    }

    /** The skills whose mention lies outside every occurrence of the employers' names in {@code text}. */
    public static List<ExtractedSkill> outside(List<ExtractedSkill> skills, String text, List<String> employers) {
        if (employers == null || employers.isEmpty() || text == null) {
            return skills;
        }
        List<int[]> names = occurrences(text, employers);
        if (names.isEmpty()) {
            return skills;
        }
        List<ExtractedSkill> kept = new ArrayList<>(skills.size());
        for (ExtractedSkill skill : skills) {
            if (!insideName(names, skill.start(), skill.end())) {
                kept.add(skill);
            }
        }
        return kept;
    }

    private static boolean insideName(List<int[]> names, int start, int end) {
        for (int[] name : names) {
            if (name[0] <= start && end <= name[1] && end - start < name[1] - name[0]) {
                return true;
            }
        }
        return false;
    }

    /** Every whole-word occurrence of each employer's name that reads as one name. */
    static List<int[]> occurrences(String text, List<String> employers) {
        List<int[]> found = new ArrayList<>();
        for (String employer : employers) {
            String name = employer == null ? "" : employer.strip();
            if (!isOneName(name)) {
                continue;
            }
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (startsWord(text, at) && endsWord(text, end)) {
                    found.add(new int[] {at, end});
                }
            }
        }
        return found;
    }

    static boolean isOneName(String name) {
        if (name.isEmpty() || name.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        return !LIST_SEPARATOR.matcher(LEGAL_FORM.matcher(name).replaceFirst("")).find();
    }

    /**
     * Whether a word starts at {@code index}: after a non-word character, or where pasted text glued it to what comes
     * before (a date, "09/2015Flint Energy"; a lower-case word, "managerFlint Energy"), not inside a word ("Dishwasher"
     * holds no "Dish").
     */
    private static boolean startsWord(String text, int index) {
        return index == 0 || isWordBreak(text.charAt(index - 1), text.charAt(index));
    }

    private static boolean endsWord(String text, int index) {
        return index == text.length() || isWordBreak(text.charAt(index - 1), text.charAt(index));
    }

    /** Whether two adjacent characters belong to different words (a space between, or glued: "2015Flint", "rFlint"). */
    private static boolean isWordBreak(char before, char after) {
        return !Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after)
                || Character.isDigit(before) != Character.isDigit(after)
                || (Character.isLowerCase(before) && Character.isUpperCase(after));
    }
}
