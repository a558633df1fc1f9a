package com.jobmatch.resume.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits a resume's text at its section headings, also where the text was flattened: resume builders and
 * copy-paste glue a heading to the next word ("SummaryHighly motivated", "Work HistoryCompany Name") and drop
 * the line break after it. A heading counts only at the start of a line, because inside a sentence the same
 * words ("...managed the education budget") are prose.
 */
public final class ResumeSections {

    public enum Section { HEADER, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, CERTIFICATIONS, LANGUAGES, OTHER }

    /** A section's text and where it starts in the resume. */
    public record Block(Section section, String heading, int start, String text) {
    }

    private static final Map<String, Section> HEADINGS = headings();
    private static final Pattern HEADING = headingPattern();
    /**
     * A lower-case continuation that turns the heading into a longer word ("Experienced", "Educational",
     * "Skillset" is fine as a heading anyway): then the line is prose, not a heading.
     */
    private static final Pattern WORD_SUFFIX = Pattern.compile("^(?:d|s|ed|al|ally|ing|er|ers|ly|ial)(?![\\p{L}])");

    private static final Pattern ROLE_STACK_LABEL = Pattern.compile("(?i)technologies|tools");

    private ResumeSections() {
    }

    /** The blocks in reading order; text before the first heading is the {@link Section#HEADER}. */
    public static List<Block> blocks(String text) {
        List<int[]> found = new ArrayList<>();
        List<Section> kinds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Heading heading : headings(text)) {
            found.add(new int[] {heading.start(), heading.bodyStart()});
            kinds.add(heading.section());
            names.add(heading.name());
        }
        List<Block> blocks = new ArrayList<>();
        int headerEnd = found.isEmpty() ? text.length() : found.getFirst()[0];
        if (headerEnd > 0) {
            blocks.add(new Block(Section.HEADER, null, 0, text.substring(0, headerEnd)));
        }
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < found.size() ? found.get(i + 1)[0] : text.length();
            int bodyStart = Math.min(found.get(i)[1], end);
            blocks.add(new Block(kinds.get(i), names.get(i), bodyStart, text.substring(bodyStart, end)));
        }
        return blocks;
    }

    /** A heading found: its words at characters [start, end) of the text, and where its section's text starts. */
    private record Heading(int start, int end, int bodyStart, Section section, String name) {
    }

    /** The headings of the text in reading order, as {@link #blocks} reads them. */
    private static List<Heading> headings(String text) {
        List<Heading> found = new ArrayList<>();
        List<Section> kinds = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        boolean laidOut = isLaidOut(text);
        while (m.find()) {
            if (!standsAlone(text, m) || isSkillLabel(text, m, laidOut, kinds)) {
                continue;
            }
            Section section = HEADINGS.get(key(m.group(1)));
            kinds.add(section);
            found.add(new Heading(m.start(1), m.end(1), afterHeading(text, m.end(1)), section, m.group(1)));
        }
        return found;
    }

    /**
     * Where the text's headings are, as character ranges [start, end) of their words: a heading names a section, so a
     * skill read from its words ("Work History" as the field history) is no skill of the writer's.
     */
    public static List<int[]> headingRanges(String text) {
        return headings(text).stream().map(heading -> new int[] {heading.start(), heading.end()}).toList();
    }

    /** Whether one of the character ranges [start, end) holds the character at {@code at}. */
    public static boolean covers(List<int[]> ranges, int at) {
        return ranges.stream().anyMatch(range -> range[0] <= at && at < range[1]);
    }

    /** Whether some heading of the text stands on a line of its own: the resume is laid out, not flattened. */
    private static boolean isLaidOut(String text) {
        return HEADING.matcher(text).results().anyMatch(h -> restOfLine(text, h.end(1)).isBlank());
    }

    /**
     * The text with each heading on a line of its own, as the resume showed it before it was flattened: "SkillsMicrosoft
     * Excel, SAP" becomes "Skills" and "Microsoft Excel, SAP" on the next line, so the first item after a heading reads
     * as a word of its own (a skill the glue hid from skill extraction: "HighlightsJava", "QualificationsSQL") and the
     * text shown to the user reads as the resume did. Only the headings {@link #blocks} finds get a line break, and the
     * sections {@link #blocks} reads stay the same: in a resume laid out with headings on lines of their own, only a
     * heading glued to a word is set apart ("Languages: Java" there may be a label inside the skills section); in a
     * flattened one, every heading is ("Education:Disruptive Strategy" too), since once some headings stand alone the
     * resume reads as laid out. A heading glued to another heading ("Education and TrainingCertification:") keeps it:
     * on a line of its own the second would open a section of its own.
     */
    public static String withHeadingsOnTheirOwnLines(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        boolean laidOut = isLaidOut(text);
        int copied = 0;
        for (Heading heading : headings(text)) {
            int body = laidOut ? heading.end() : heading.bodyStart();
            if (body < text.length() && Character.isLetterOrDigit(text.charAt(body))
                    && !HEADING.matcher(text).region(body, text.length()).lookingAt()) {
                out.append(text, copied, body);
                while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
                    out.setLength(out.length() - 1);
                }
                out.append('\n');
                copied = body;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Each section's text, blocks of the same kind joined in order. */
    public static Map<Section, String> split(String text) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Block block : blocks(text)) {
            sections.merge(block.section(), block.text(), (a, b) -> a + "\n" + b);
        }
        return sections;
    }

    /** The section a whole line names, or null: for callers that read line by line. */
    public static Section heading(String line) {
        String key = key(line.strip().replaceAll("[:\\s]+$", ""));
        return HEADINGS.get(key);
    }

    /**
     * "Languages: Java, Python" inside a skills section of a resume whose headings stand on lines of their own: a
     * label that groups skills, not the languages section (skills are grouped under words that also name sections).
     */
    private static boolean isSkillLabel(String text, Matcher m, boolean laidOut, List<Section> kinds) {
        String rest = restOfLine(text, m.end(1));
        if (!laidOut || kinds.isEmpty() || !rest.matches("^\\s*[:：]\\s*\\S.*")) {
            return false;
        }
        // Inside a role, "Technologies: SQL Server, Tableau" or "Tools: Jira" lists that project's stack.
        return kinds.getLast() == Section.SKILLS
                || kinds.getLast() == Section.EXPERIENCE && ROLE_STACK_LABEL.matcher(m.group(1)).matches();
    }

    private static String restOfLine(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        return text.substring(from, lineEnd < 0 ? text.length() : lineEnd);
    }

    private static boolean standsAlone(String text, Matcher m) {
        String heading = m.group(1);
        if (!Character.isUpperCase(heading.charAt(0))) {
            return false;
        }
        int end = m.end(1);
        int lineEnd = text.indexOf('\n', end);
        String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        // Alone on its line, or before a colon; or before nothing but separators ("Work Experience-" once the text
        // after the dash was set on a line of its own, withHeadingsOnTheirOwnLines).
        if (rest.isBlank() || rest.matches("^\\s*[:：].*") || rest.matches("^[\\s:：\\-–—|]*$")) {
            return true;
        }
        char next = rest.charAt(0);
        if (Character.isLetterOrDigit(next)) {
            // Glued to the next word: a heading unless the letters only extend it into a longer word.
            return Character.isUpperCase(next) || Character.isDigit(next) || !WORD_SUFFIX.matcher(rest).find();
        }
        if (rest.matches("^\\s*[-–—|]\\s*\\S.*") || rest.matches("^[,(].*")) {
            // "Highlights-Soft Skills", "Education, Expected in ...": punctuation ends the heading.
            return !rest.startsWith(",") || !rest.matches("^,\\s*\\p{Ll}.*");
        }
        // "EXPERIENCE Acme Corp" on one line: only a heading written in capitals is set off by a space alone,
        // or one followed directly by a date ("Experience 01/2015 to Current ...").
        boolean capitals = heading.equals(heading.toUpperCase(java.util.Locale.ROOT));
        return capitals || rest.matches("^\\s+\\d.*");
    }

    private static int afterHeading(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：' || text.charAt(i) == ' '
                || text.charAt(i) == '\t' || text.charAt(i) == '-' || text.charAt(i) == '–')) {
            i++;
        }
        return i;
    }

    private static String key(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s*(?:&|/|,|\\band\\b)\\s*", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static Pattern headingPattern() {
        String alternatives = HEADINGS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(h -> String.join("(?:\\s*[,&/]\\s*|\\s+and\\s+|\\s*,\\s*and\\s+|\\s+)", h.split(" ")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?im)^[\\t •*▪●-]*(" + alternatives + ")");
    }

    private static Map<String, Section> headings() {
        Map<String, Section> map = new LinkedHashMap<>();
        put(map, Section.SUMMARY, "summary", "professional summary", "profile", "professional profile", "objective",
                "career objective", "about me", "executive summary", "career overview", "overview", "career summary",
                "summary of qualifications", "qualifications summary", "personal statement", "executive profile",
                "personal profile", "career focus", "professional overview", "objective statement");
        put(map, Section.EXPERIENCE, "experience", "work experience", "professional experience", "employment history",
                "work history", "employment", "career history", "relevant experience", "experience history",
                "professional background", "military experience", "employment experience", "related experience",
                "relevant work experience", "internships", "internship experience", "work experience details");
        put(map, Section.EDUCATION, "education", "academic background", "education training", "academic qualifications",
                "educational qualifications", "education background", "educational background", "academic profile",
                "education qualifications", "academics", "academic details", "educational details", "qualification",
                "educational qualification", "academic qualification", "education details",
                // Builder exports' combined headings ("Education and CourseworkExpected in2012toto...").
                "education coursework", "education professional training", "education certifications");
        put(map, Section.SKILLS, "skills", "technical skills", "core competencies", "key skills", "competencies",
                "areas of expertise", "skill highlights", "highlights", "skills abilities", "core skills",
                "it skills", "professional skills", "expertise", "technologies", "skill set", "core qualifications",
                "qualifications", "technical skills qualifications", "computer skills", "additional skills",
                "software skills", "key qualifications", "strengths", "skillset", "technical expertise",
                "areas of strength", "soft skills", "tools");
        put(map, Section.CERTIFICATIONS, "certifications", "certificates", "certification", "licenses",
                "licenses certifications", "certifications licenses", "licensure", "professional certifications",
                "credentials", "licenses certificates", "certificates licenses", "license", "trainings certifications",
                "certifications trainings", "training certifications", "certifications awards");
        put(map, Section.LANGUAGES, "languages", "language skills", "language", "languages known");
        put(map, Section.OTHER, "additional information", "interests", "hobbies", "references", "projects", "awards",
                "accomplishments", "publications", "volunteer experience", "activities", "affiliations",
                "professional affiliations", "honors", "awards honors", "honors awards", "presentations", "links",
                "personal information", "personal details", "volunteer work", "community service", "memberships",
                "accomplishments honors activities", "hobbies interests", "interests hobbies", "achievements",
                "training", "courses", "coursework", "relevant coursework", "declaration", "personal data");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Section> map, Section section, String... names) {
        for (String name : names) {
            map.put(name, section);
        }
    }
}
