package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A skill's words that name people or a unit of an organisation are about others, not the writer: "worked with ETL
 * developers", "liaison to the Accounting department", "works with computer engineers", "member of the ETL Team"
 * (bench/evidence-audit-session10.jsonl). The people are plural or a group: a singular title ("Java Developer") is
 * the writer's own and stays evidence, and so does a product whose name holds such a word ("Microsoft Teams").
 */
final class PeopleNouns {

    private static final Set<String> PEOPLE_OR_UNITS = Set.of(
            "developers", "engineers", "auditors", "analysts", "managers", "specialists", "consultants",
            "administrators", "architects", "accountants", "programmers", "testers", "designers", "technicians",
            "professionals", "experts", "staff", "personnel", "department", "departments", "dept", "division",
            "team", "teams", "group", "groups", "unit", "committee");

    /** What an organisation's or a publication's name opens with before "of": "Institute of Information Technology". */
    private static final Set<String> ORGANISATIONS = Set.of(
            "institute", "department", "dept", "college", "school", "faculty", "university", "academy", "ministry",
            "centre", "center", "board", "society", "association", "journal");

    private PeopleNouns() {
    }

    /**
     * Whether the words from token {@code first} on are the subject of an organisation's or a publication's name
     * ("COMSATS Institute of Information Technology", "International Journal of Entrepreneurship",
     * bench/evidence-audit-session12.jsonl): where the writer studied or published, not a skill the name says they
     * have. A degree names its subject after "in" or its own "of" ("Bachelor of Science in Information Technology").
     */
    static boolean nameAnOrganisation(List<Token> tokens, int first) {
        return first >= 2 && tokens.get(first).joined() && tokens.get(first - 1).joined()
                && tokens.get(first - 1).key().equals("of")
                && isOrganisationNoun(tokens.get(first - 2).surface().toLowerCase(Locale.ROOT));
    }

    /** Organisation nouns at least this long are still read with one letter wrong: typed by hand, often in capitals. */
    private static final int MISSPELT_MIN_LENGTH = 7;

    /**
     * An organisation noun, or a long one with one letter left out, added or changed ("COMSATS INSTITUE OF INFORMATION
     * TECHNOLOGY", bench/evidence-audit-session14.jsonl): resumes are typed by hand, and a school's name misspelt is
     * still a school's name.
     */
    static boolean isOrganisationNoun(String word) {
        if (ORGANISATIONS.contains(word)) {
            return true;
        }
        for (String noun : ORGANISATIONS) {
            if (noun.length() >= MISSPELT_MIN_LENGTH && oneEditApart(word, noun)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return Math.max(a.length(), b.length()) - i - j <= 1 && !a.equals(b);
    }

    /** Whether the word after token {@code last} is people or a unit, in the same phrase ("ETL developers"). */
    static boolean follow(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && tokens.get(last + 1).joined() && isPeople(tokens.get(last + 1));
    }

    /**
     * Whether the phrase at characters {@code start} to {@code end} of the text {@code tokens} were read from names
     * people or a unit, for a phrase linked to the skill {@code skillName}: it ends in such a word that is not the
     * skill's own ("internal auditors" for internal auditing), or one follows it.
     */
    static boolean name(List<Token> tokens, int start, int end, String skillName) {
        int last = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < end; i++) {
            if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
                last = i;
            }
        }
        if (last < 0) {
            return false;
        }
        Token lastWord = tokens.get(last);
        boolean ownWord = SkillText.tokens(skillName).stream().anyMatch(word -> word.key().equals(lastWord.key()));
        return (isPeople(lastWord) && !ownWord) || follow(tokens, last);
    }

    private static boolean isPeople(Token token) {
        return PEOPLE_OR_UNITS.contains(token.surface().toLowerCase(Locale.ROOT));
    }
}
