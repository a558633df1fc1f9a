package com.jobmatch.resume.parsing;

import com.jobmatch.contract.model.EducationLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Degrees from an education section, with or without line breaks: each degree mention starts an entry that runs
 * to the next one; the entry's school is the part naming an institution (in the entry, else the line above), its
 * year the last year written in it. Abbreviations are matched with their case ("BS", "B.E", "MBA") because in
 * lower case they are ordinary words.
 */
public final class EducationHistory {

    /** A degree as found; the rules name how each part was found (confidence is measured per rule). */
    public record Degree(String degree, String degreeRule, EducationLevel level, String field, String school,
                         String schoolRule, String year, String yearRule) {
    }

    static final String WORD = "degree-word";
    static final String ABBREVIATION = "abbreviation";
    static final String SCHOOL_LEVEL = "school-level";
    static final String IN_ENTRY = "institution-in-entry";
    static final String ABOVE = "institution-above";
    static final String RANGE_END = "range-end";
    static final String LAST_YEAR = "last-year";
    static final String DATE_FIRST = "date-before-degree";

    /**
     * A word boundary, or a capital glued to a lower-case letter: exported and pasted resumes lose the spaces
     * between fields ("Expected in2008totoBachelor of Science:Electrical Engineering").
     */
    private static final String START = "(?:\\b|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))";
    private static final Pattern DEGREE_WORD = Pattern.compile(
            "(?i)" + START + "(?:bat?chelor(?:'?s)?|master(?:'?s)?|doctor(?:ate)?\\s+of|doctorate|associate(?:'?s)?(?=\\s+(?:degree|of|in)\\b|\\s*[:|]|\\s+\\()"
                    + "|post[- ]?graduate\\s+(?:diploma|degree)|(?:high|secondary|senior secondary|higher secondary)\\s+school(?:\\s+diploma)?"
                    + "|higher secondary|senior secondary|secondary school certificate|matriculation|diploma|g\\.?e\\.?d\\b"
                    + "|juris doctor|(?:10|12)th\\b|intermediate(?=\\s*(?:\\(|$|,|-|\\n)))");
    /**
     * Abbreviations are matched with their case. Glued to a lower-case letter ("totoMBA:Argosy University") one
     * counts only when a degree-field separator follows it directly, so "WebMD" is no doctorate.
     */
    private static final Pattern DEGREE_ABBREVIATION = Pattern.compile(
            "(?:(?<![\\p{L}.])|(?<=\\p{Ll})(?=" + "\\p{Lu}[\\p{L}.]{0,6}(?:\\s+Degree)?[:|]))(?:B(?:\\.?\\s?|-)(?:S|A|E|(?i:sc|tech|com|ed|pharm|arch)|BA|FA|CA|SN|SW)|M(?:\\.?\\s?|-)(?:S|A|E|(?i:sc|tech|com|ed|phil|pharm)|BA|FA|CA|SN|SW|PH)"
                    + "|M\\.B\\.A|B\\.B\\.A|[BM]Eng|AA(?=[:|])|A\\.?S\\.?S(?=[:|])|LPN|MBA|BBA|BCA|MCA|BSc|MSc|Ph\\.?\\s?D|PhD|A\\.A\\.S|A\\.A|AAS|A\\.S|LLB|LL\\.B|LLM|LL\\.M|J\\.D|MD|PGDM|PGDBA|SSC|HSC|SSLC|CBSE|ICSE|PharmD|EdD|DBA|DNP|GED)"
                    + "\\.?(?![\\p{L}])(?!\\s+(?:Office|Excel|Word|Access|Project|SQL|Windows|Dynamics|Outlook|PowerPoint|Visio))"
                    // "MS University": the letters start an institution's name.
                    + "(?![ \\t]+(?i:university|college|institute|school)\\b)");
    /**
     * Abbreviations written with a dot after every letter ("M.C.A", "S.S.C", "C.B.S.E.", "M.D."): they count when
     * their letters alone are one of the abbreviations above.
     */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.\\s?){1,4}\\p{Lu}\\.?(?![\\p{L}])"
            + "(?![ \\t]+(?i:university|college|institute|school)\\b)");
    /**
     * At the start of an education line and followed by "in <field>", an abbreviation is read in any case
     * ("mba in human resource"): there it cannot be an ordinary word.
     */
    private static final Pattern LINE_START_ABBREVIATION = Pattern.compile("(?m)^[\\t ]*([\\p{L}.]{2,8})(?=\\s+in\\s+\\p{L})");
    /**
     * A certificate or licence with up to two capitalized words naming it ("Individual Studies Certificate",
     * "Cosmetology License", "CNA certification"): the credential of an education section that names no degree.
     */
    private static final Pattern CREDENTIAL = Pattern.compile(
            START + "(?:\\p{Lu}[\\p{L}/]*\\s+){0,2}(?i:certificate(?:\\s+of\\s+completion)?|certification|licen[cs]e)(?!\\p{Ll})");
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(university|college|institute|school|academy|polytechnic|universidad|universit[eé]|vidyalaya|iit|nit|iim|conservatory|seminary)\\b");
    private static final Pattern PART_SPLIT = Pattern.compile(
            "\\n|\\s+[-–—|]\\s*|\\s*[-–—|]\\s+|(?<=[\\p{L}\\d])-(?=\\p{Lu})|\\s*,\\s*|\\s*;\\s*|(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{L})|\\s{3,}|(?<![\\d/])(?:19|20)\\d{2}(?!\\d)|(?i)(?:GPA|Expected in|Status|Dates of Attendance)\\s*:?");
    /** What ends a degree's name: a school, a date, a GPA, a separator or the end of the line. */
    private static final Pattern DEGREE_END = Pattern.compile(
            "\\n|\\s[-–—|]\\s|[|;(:]|,\\s*(?=(?:\\p{Lu}[\\p{L}.&'-]*\\s+){1,5}(?:University|College|Institute|School|Academy))|(?i:\\bfrom\\b|\\bat\\b|gpa|expected|\\b(?:19|20)\\d{2}\\b)"
                    + "|(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})|(?=\\p{Lu}{2,}\\s+(?:UNIVERSITY|COLLEGE|INSTITUTE))");
    private static final Pattern FIELD = Pattern.compile("(?i)(?:\\bin\\s+|:\\s*|\\bof\\s+(?!(?:arts|science|engineering|technology|business administration|commerce|education|laws|fine arts|applied science|philosophy|completion)\\b))([\\p{L} &/]+)$");
    /** "Expected in May 2013toto" directly before a degree: the date of that degree. */
    private static final Pattern DATE_BEFORE = Pattern.compile("(?i)Expected in\\s*([^\\n]{0,20}?)\\s*toto\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})(?!\\d)");

    private EducationHistory() {
    }

    public static List<Degree> parse(String section) {
        List<int[]> mentions = mentions(section);
        List<Degree> degrees = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            int start = mentions.get(i)[0];
            int next = i + 1 < mentions.size() ? mentions.get(i + 1)[0] : section.length();
            String entry = section.substring(start, next);
            Matcher end = DEGREE_END.matcher(entry);
            int degreeEnd = entry.length();
            int from = mentions.get(i)[1] - start;
            if (end.find(Math.min(from, entry.length()))) {
                degreeEnd = end.start();
            }
            String degree = clean(entry.substring(0, degreeEnd));
            if (degree.length() > 120) {
                degree = clean(degree.substring(0, 120));
            }
            String rule = mentions.get(i)[2] == 1 ? ABBREVIATION : WORD;
            EducationLevel level = EducationLevels.of(degree);
            if (level == EducationLevel.HIGH_SCHOOL) {
                rule = SCHOOL_LEVEL;
            }
            String field = field(degree);
            if (field == null && degreeEnd < entry.length() && entry.charAt(degreeEnd) == ':') {
                // "Bachelor of Arts:Human Resources Management,Expected in2014-..." (builder exports).
                field = clean(PART_SPLIT.split(entry.substring(degreeEnd + 1), 2)[0]);
                field = field.isEmpty() || field.length() > 60 ? null : field;
            }
            String rest = entry.substring(Math.min(degreeEnd, entry.length()));
            String school = institution(rest);
            String schoolRule = school == null ? null : IN_ENTRY;
            if (school == null) {
                int previousEnd = i == 0 ? 0 : mentions.get(i - 1)[1];
                school = institution(lineAbove(section, start, previousEnd));
                schoolRule = school == null ? null : ABOVE;
            }
            String year = null;
            String yearRule = null;
            int previousEnd = i == 0 ? 0 : mentions.get(i - 1)[1];
            Matcher before = DATE_BEFORE.matcher(section.substring(Math.max(previousEnd, start - 40), start));
            if (before.find()) {
                // "Expected in2008totoBachelor of Science:...": the builder writes the date before the degree, so
                // the last year inside this entry is the next degree's.
                Matcher y = YEAR.matcher(before.group(1));
                String dated = y.find() ? y.group(1) : null;
                degrees.add(new Degree(degree, rule, level, field, school, schoolRule, dated, dated == null ? null : DATE_FIRST));
                continue;
            }
            Matcher range = ResumeDates.RANGE.matcher(entry);
            while (range.find()) {
                year = ResumeDates.parseEnd(range.group(2)).map(m -> String.valueOf(m.getYear())).orElse(null);
                yearRule = year == null ? null : RANGE_END;
            }
            if (year == null) {
                Matcher y = YEAR.matcher(entry);
                while (y.find()) {
                    year = y.group(1);
                    yearRule = LAST_YEAR;
                }
            }
            degrees.add(new Degree(degree, rule, level, field, school, schoolRule, year, yearRule));
        }
        return degrees;
    }

    /**
     * Each mention as {start, end, 1 when an abbreviation}; overlapping mentions keep the earlier. Certificates and
     * licences count only where no degree is named: beside a degree they are further training, not the level.
     */
    private static List<int[]> mentions(String text) {
        List<int[]> degrees = mentions(text, false);
        return degrees.isEmpty() ? mentions(text, true) : degrees;
    }

    private static List<int[]> mentions(String text, boolean credentials) {
        List<int[]> found = new ArrayList<>();
        Matcher credential = CREDENTIAL.matcher(text);
        while (credentials && credential.find()) {
            found.add(new int[] {credential.start(), credential.end(), 0});
        }
        Matcher word = DEGREE_WORD.matcher(text);
        while (!credentials && word.find()) {
            found.add(new int[] {word.start(), word.end(), 0});
        }
        Matcher abbreviation = DEGREE_ABBREVIATION.matcher(text);
        while (!credentials && abbreviation.find()) {
            found.add(new int[] {abbreviation.start(), abbreviation.end(), 1});
        }
        Matcher dotted = DOTTED.matcher(text);
        while (!credentials && dotted.find()) {
            if (isAbbreviation(dotted.group().replaceAll("[.\\s]", ""))) {
                found.add(new int[] {dotted.start(), dotted.end(), 1});
            }
        }
        Matcher lineStart = LINE_START_ABBREVIATION.matcher(text);
        while (!credentials && lineStart.find()) {
            if (isAbbreviation(lineStart.group(1).toUpperCase(java.util.Locale.ROOT))) {
                found.add(new int[] {lineStart.start(1), lineStart.end(1), 1});
            }
        }
        found.sort(java.util.Comparator.comparingInt(a -> a[0]));
        List<int[]> kept = new ArrayList<>();
        for (int[] m : found) {
            if (namePart(text, m[0])) {
                continue;
            }
            // A second degree word on the same line ("Bachelor of Science, Diploma in ...") is a second degree only
            // after a line break or a wide gap; "High School Diploma" or "Master of Science (MS)" is one degree.
            if (!kept.isEmpty()) {
                int[] last = kept.getLast();
                String between = text.substring(last[1] <= m[0] ? last[1] : m[0], m[0]);
                if (m[0] < last[1] || (!between.contains("\n") && between.length() < 40 && !between.matches(".*\\d{4}.*"))) {
                    continue;
                }
            }
            kept.add(m);
        }
        return kept;
    }

    private static boolean isAbbreviation(String letters) {
        Matcher m = DEGREE_ABBREVIATION.matcher(letters);
        return m.lookingAt() && m.end() >= letters.length() - 1;
    }

    /**
     * "Central High School", "Lakshmi Matriculation Higher Secondary School", "Council of Higher Secondary": a
     * school-level word after another word of its line names a school or a board when the name goes on to an
     * institution word (or, for "High School", directly after a capitalized word), not the degree itself.
     */
    private static boolean namePart(String text, int at) {
        String mention = text.substring(at, Math.min(text.length(), at + 20)).toLowerCase(java.util.Locale.ROOT);
        if (!SCHOOL_LEVEL_START.matcher(mention).lookingAt()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(lineStart, at);
        if (mention.startsWith("high school") || mention.startsWith("secondary school")) {
            if (CAPITALIZED_WORD_BEFORE.matcher(text.substring(Math.max(0, at - 30), at)).find()) {
                return true;
            }
        }
        if (!before.matches(".*\\p{L}+\\s+$")) {
            return false;
        }
        int lineEnd = text.indexOf('\n', at);
        String rest = text.substring(at, lineEnd < 0 ? text.length() : lineEnd).split("\\s[-–—|]\\s|,")[0];
        return SCHOOL_NAME_WORD.matcher(before + rest).find();
    }

    /** "Central High School": a capitalized word right before the school-level word. */
    private static final Pattern CAPITALIZED_WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.'-]*)\\s+$");
    private static final Pattern SCHOOL_LEVEL_START = Pattern.compile(
            "matriculation|higher secondary|senior secondary|high school|secondary school");
    private static final Pattern SCHOOL_NAME_WORD = Pattern.compile(
            "(?i)\\b(?:school|council|board|vidyalaya|college|academy|institute)\\b");

    private static String institution(String text) {
        for (String part : PART_SPLIT.split(text)) {
            String candidate = clean(part);
            if (INSTITUTION.matcher(candidate).find() && candidate.length() <= 90 && WorkHistory.words(candidate) <= 12) {
                return candidate;
            }
        }
        return null;
    }

    private static String lineAbove(String text, int at, int notBefore) {
        int lineStart = text.lastIndexOf('\n', at - 1);
        if (lineStart < 0) {
            return "";
        }
        int prev = text.lastIndexOf('\n', lineStart - 1) + 1;
        while (prev > notBefore && text.substring(prev, lineStart).isBlank()) {
            lineStart = prev - 1;
            prev = text.lastIndexOf('\n', lineStart - 1) + 1;
        }
        return prev < notBefore ? "" : text.substring(prev, Math.max(prev, lineStart));
    }

    private static String field(String degree) {
        Matcher m = FIELD.matcher(degree);
        return m.find() ? clean(m.group(1)) : null;
    }

    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("^[\\s,|:;–—-]+|[\\s,|:;–—(-]+$", "").strip();
    }
}
