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

    /**
     * Nouns an organisation's or a place's name ends with besides those above: "Federal Energy Regulatory Commission",
     * "Jacobs Engineering Group Inc", "Salt Lake City" (an employer's town, bench/evidence-audit-session16m.jsonl).
     */
    private static final Set<String> NAME_ENDS = Set.of(
            "commission", "agency", "authority", "bureau", "council", "corporation", "corp", "company", "inc", "llc",
            "ltd", "foundation", "group", "division", "city", "county");

    /** Capitalised words a name may hold between a skill's words and the noun that ends it. */
    static final int NAME_WORDS_BETWEEN = 3;

    private PeopleNouns() {
    }

    /**
     * Whether the capitalised words of tokens {@code first} to {@code last} open an organisation's or a place's name:
     * words in capitals follow them in the same phrase up to a noun such names end with, which ends the phrase's
     * capitals or is followed by another such noun ("Federal Energy Regulatory Commission", where the writer filed
     * reports, not energy knowledge, bench/evidence-audit-session15h.jsonl; "Jacobs Engineering Group Inc"). A skill's
     * own words in lower case ("accounting department") are {@link #follow}'s.
     */
    static boolean openAnOrganisationsName(List<Token> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!Character.isUpperCase(tokens.get(i).surface().charAt(0))) {
                return false;
            }
        }
        for (int i = last + 1; i < tokens.size() && i <= last + 1 + NAME_WORDS_BETWEEN; i++) {
            Token word = tokens.get(i);
            if (!word.joined() || !Character.isUpperCase(word.surface().charAt(0))) {
                return false;
            }
            if (!endsAName(word)) {
                if (PEOPLE_OR_UNITS.contains(word.surface().toLowerCase(Locale.ROOT) + "s")) {
                    // "Java Developer Acme Corp": a job title before the employer's name, not words of that name
                    return false;
                }
            } else if (!nameGoesOn(tokens, i + 1)) {
                return true;
            } else if (!endsAName(tokens.get(i + 1))) {
                // "Company Name City, State": a template's placeholder, after which no name is read
                return false;
            }
        }
        return false;
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

    private static boolean endsAName(Token word) {
        String lower = word.surface().toLowerCase(Locale.ROOT);
        return NAME_ENDS.contains(lower) || isOrganisationNoun(lower);
    }

    /** Whether a capitalised word goes on with the name at token {@code next} ("Company Name" is a placeholder, not a company). */
    private static boolean nameGoesOn(List<Token> tokens, int next) {
        return next < tokens.size() && tokens.get(next).joined() && Character.isUpperCase(tokens.get(next).surface().charAt(0));
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
        int[] words = SkillText.within(tokens, start, end);
        if (words == null) {
            return false;
        }
        int last = words[1];
        Token lastWord = tokens.get(last);
        boolean ownWord = SkillText.tokens(skillName).stream().anyMatch(word -> word.key().equals(lastWord.key()));
        return (isPeople(lastWord) && !ownWord) || follow(tokens, last);
    }

    private static boolean isPeople(Token token) {
        return PEOPLE_OR_UNITS.contains(token.surface().toLowerCase(Locale.ROOT));
    }
}
