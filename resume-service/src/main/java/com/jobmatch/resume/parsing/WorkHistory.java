package com.jobmatch.resume.parsing;


import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles from an experience section, anchored on their date ranges, with or without line breaks. A role's
 * heading (title, employer, place) sits either above/before its dates ("Title\nCompany - City, ST\nJan 2015 to
 * Present") or right after them ("01/2018toCurrentElectrical ApprenticeMilestone–Dallas,TX,review..."); one resume
 * keeps one layout, so the side is decided once per section by which side more often holds a place or text on the
 * date's own line.
 */
public final class WorkHistory {

    /** A role as found, with the rule that found its title and employer (the confidence is measured per rule). */
    public record Role(String title, String titleRule, String company, String companyRule, String place,
                       String start, String end, boolean current, String description, List<String> responsibilities) {
    }

    private record Anchor(int start, int end, String from, String to) {
    }

    private record Heading(int start, int end, String text) {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪◦‣\\-*–·]\\s*");
    /** Where a sentence ends inside flattened text: "...Budgeting.District Manager" or "...crews. Worked". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll})%\\d][.!?;])\\s*(?=\\p{Lu})|\\n|\\s[•●▪*]\\s");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?i)\\b(inc|co|corp|ltd|llc|jr|sr|st|dept|intl)\\.$");
    private static final int MAX_HEADING_WORDS = 14;
    /** The prefix of the rule of an employer found in a role without dates. */
    static final String UNDATED = "undated/";
    private static final Pattern SENTENCE_TO_DATE = Pattern.compile("(?i)^\\s*[•●▪◦‣*·-]?\\s*(?:worked|working)\\b.{0,100}\\b(?:from|since)\\s*$");
    private static final Pattern PAGE_URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    private WorkHistory() {
    }

    public static List<Role> parse(String section) {
        List<Anchor> anchors = anchors(section);
        if (anchors.isEmpty()) {
            Role undated = undated(section);
            return undated == null ? List.of() : List.of(undated);
        }
        boolean headingAfter = headingAfterDates(section, anchors);
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            int from = i == 0 ? 0 : anchors.get(i - 1).end();
            int to = i + 1 < anchors.size() ? anchors.get(i + 1).start() : section.length();
            headings.add(headingAfter ? after(section, anchors.get(i), from, to) : before(section, anchors.get(i), from));
        }
        List<Role> roles = new ArrayList<>();
        Role undated = undated(section.substring(0, Math.min(anchors.getFirst().start(), headings.getFirst().start())));
        if (undated != null) {
            roles.add(undated);
        }
        for (int i = 0; i < anchors.size(); i++) {
            Anchor anchor = anchors.get(i);
            Heading heading = headings.get(i);
            int bodyStart = Math.max(anchor.end(), heading.end());
            int bodyEnd = i + 1 < anchors.size()
                    ? Math.min(anchors.get(i + 1).start(), headings.get(i + 1).start()) : section.length();
            String body = bodyEnd > bodyStart ? section.substring(bodyStart, bodyEnd).strip() : "";
            roles.add(role(heading.text(), anchor, body));
        }
        return roles;
    }

    /**
     * A role written without dates at the top of the section, before the first dated one: a title line (its last
     * word an occupation) directly followed by a short employer line ("IT Operations Analyst" / "Accenture"). The
     * employer is what matters to a reader even when the dates are left out; the role gets no dates.
     */
    private static Role undated(String text) {
        List<String> lines = text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !PAGE_URL.matcher(l).matches()).limit(2).toList();
        if (lines.size() < 2 || !isHeadingLike(lines.get(0)) || !RoleHeading.OCCUPATION_LAST.matcher(lines.get(0)).find()
                || !isHeadingLike(lines.get(1)) || words(lines.get(1)) > 8 || lines.get(1).matches(".*[:.]\\W*$")) {
            return null;
        }
        RoleHeading parsed = RoleHeading.parse(lines.get(0) + RoleHeading.LINE_JOIN + lines.get(1));
        if (parsed.company() == null) {
            return null;
        }
        return new Role(parsed.title(), parsed.titleRule(), parsed.company(), UNDATED + parsed.companyRule(),
                parsed.place(), null, null, false, null, List.of());
    }

    private static List<Anchor> anchors(String text) {
        List<Anchor> anchors = new ArrayList<>();
        Matcher m = ResumeDates.RANGE.matcher(text);
        while (m.find()) {
            var start = ResumeDates.parse(m.group(1));
            boolean current = ResumeDates.isPresent(m.group(2));
            var end = current ? java.util.Optional.of(YearMonth.now()) : ResumeDates.parseEnd(m.group(2));
            if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())
                    && start.get().getYear() >= 1950) {
                anchors.add(new Anchor(m.start(), m.end(), m.group(1), m.group(2)));
            }
        }
        return anchors;
    }

    private static boolean headingAfterDates(String text, List<Anchor> anchors) {
        int after = 0;
        int before = 0;
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            int from = i == 0 ? 0 : anchors.get(i - 1).end();
            int to = i + 1 < anchors.size() ? anchors.get(i + 1).start() : text.length();
            String sameLineAfter = lineAfter(text, a.end(), to);
            String sameLineBefore = lineBefore(text, a.start(), from);
            // Dates alone on their line(s) ("April 2015 / to / Current"): the line after them is the one to read.
            String readAfter = sameLineAfter.isBlank() && sameLineBefore.isBlank() ? nextLine(text, a.end(), to) : sameLineAfter;
            if (headingPlace(readAfter) != null) {
                after += 2;
            }
            String above = String.join(RoleHeading.LINE_JOIN, linesAbove(text, a.start(), from));
            if (Places.find(sameLineBefore) != null || Places.find(above) != null) {
                before += 2;
            }
            if (!sameLineAfter.isBlank() && sameLineBefore.isBlank()) {
                after++;
            } else if (!sameLineBefore.isBlank() && sameLineAfter.isBlank()) {
                before++;
            }
        }
        return after > before;
    }

    /** The heading after the dates: up to the place, else the short lines that follow. */
    private static Heading after(String text, Anchor a, int from, int to) {
        Heading heading = headingAfter(text, a, from, to);
        if (heading.text().replaceAll("[\\p{P}\\s]", "").isEmpty()) {
            // "Data Analyst, Plainview Bank (2015-2016)" in a resume that mostly puts dates first.
            return before(text, a, from);
        }
        return heading;
    }

    private static Heading headingAfter(String text, Anchor a, int from, int to) {
        String line = lineAfter(text, a.end(), to);
        StringBuilder heading = new StringBuilder();
        int start = a.start();
        String beforeOnLine = lineBefore(text, a.start(), from);
        String tail = lastPiece(beforeOnLine);
        boolean opensLine = tail.equals(beforeOnLine) && !tail.isBlank() && words(tail) <= 6 && isHeadingLike(tail.strip())
                && Places.find(head(line, 160)) != null;
        if (tail.matches(".*[,|]\\s*$") && words(tail) <= MAX_HEADING_WORDS || opensLine) {
            // "District Manager,02/2014-06/2014Tradeweb Inc.–New York,NY,": the title leads the dates; so does a
            // short line's opening before "dates Employer City , State" ("Patient Access Rep 03/2015 to Current ...").
            heading.append(tail).append(RoleHeading.LINE_JOIN);
            start = a.start() - tail.length();
        }
        String title = beforeOnLine.isBlank() ? titleLineAbove(text, a.start(), from) : "";
        if (!title.isEmpty()) {
            // "Staff Accountant" / "January 2014 to October 2014 Globex City , State": builders put the title alone
            // on the line above the dates and the employer after them.
            heading.append(title).append(RoleHeading.LINE_JOIN);
            start = text.lastIndexOf(title, a.start());
        }
        int at = a.end();
        if (line.isBlank() && beforeOnLine.isBlank()) {
            // "April 2015 / to / Current" then "Globex City , State Web Developer": employer, place and title after
            // the place on the next line.
            int next = nextLineStart(text, a.end(), to);
            String following = next < 0 ? "" : lineAfter(text, next, to);
            if (headingPlace(following) != null && isHeadingLike(following.strip())) {
                line = following;
                at = next;
            }
        }
        Places.Place place = headingPlace(line);
        if (place != null) {
            String after = line.substring(place.end());
            // After a place on the line that follows dates standing alone, the rest of the line is the title
            // ("Car Hauler"); on the dates' own line it must end like one.
            boolean titleAfterPlace = title.isEmpty() && !after.isBlank() && isHeadingLike(after.strip())
                    && (at != a.end() && words(after) <= 8 || RoleHeading.OCCUPATION_LAST.matcher(after).find());
            int end = titleAfterPlace ? line.length() : place.end();
            heading.append(line, 0, end);
            return new Heading(start, at + end, heading.toString());
        }
        int end = a.end();
        if (isHeadingLike(line.strip())) {
            heading.append(line);
            end += line.length();
        } else if (line.isBlank()) {
            // The dates stand alone on their line: the heading is the next short lines.
            int lines = 0;
            int i = nextLineStart(text, a.end(), to);
            while (i >= 0 && i < to && lines < 2) {
                String next = lineAfter(text, i, to);
                if (next.isBlank()) {
                    i = nextLineStart(text, i, to);
                    continue;
                }
                if (!isHeadingLike(next.strip())) {
                    break;
                }
                heading.append(next).append(RoleHeading.LINE_JOIN);
                end = i + next.length();
                lines++;
                i = nextLineStart(text, i, to);
            }
        }
        return new Heading(start, end, heading.toString());
    }

    /** The heading before the dates: what precedes them on their line and up to two short lines above. */
    private static Heading before(String text, Anchor a, int from) {
        String beforeOnLine = lastPiece(lineBefore(text, a.start(), from));
        int start = a.start() - beforeOnLine.length();
        List<String> parts = new ArrayList<>();
        String trailing = "";
        if (isHeadingLike(beforeOnLine.strip()) && !beforeOnLine.isBlank()) {
            parts.add(beforeOnLine);
        } else if (SENTENCE_TO_DATE.matcher(beforeOnLine).find()) {
            // "• Worked with Globex, Pune as Analyst from Jan 2015 to ...": a bullet telling a role; RoleHeading
            // reads only its "at/for/with employer" forms.
            parts.add(BULLET.matcher(beforeOnLine).replaceFirst(""));
        }
        boolean startsLine = lineBefore(text, a.start(), from).isBlank();
        if (parts.isEmpty() || !hasSeparator(beforeOnLine)) {
            List<String> above = linesAbove(text, startsLine || !parts.isEmpty() ? a.start() : a.start(), from);
            parts.addAll(0, above);
            if (!above.isEmpty()) {
                start = text.lastIndexOf(above.getFirst(), a.start());
            }
        }
        String rest = lineAfter(text, a.end(), text.length());
        if (!startsLine && !parts.isEmpty() && !rest.isBlank() && isHeadingLike(rest.strip())
                && RoleHeading.OCCUPATION_LAST.matcher(rest).find()) {
            // "Globex July 2011 to November 2012 Staff Accountant" then "Columbus , OH": the builder's one line
            // holds employer, dates and title, the place follows on its own.
            parts.add(rest);
            int end = a.end() + rest.length();
            int next = nextLineStart(text, end, text.length());
            String place = next < 0 ? "" : lineAfter(text, next, text.length());
            if (Places.find(place) != null && words(place) <= 5) {
                parts.add(place);
                end = next + place.length();
            }
            return new Heading(Math.max(from, start), end, String.join(RoleHeading.LINE_JOIN, parts));
        }
        if (parts.isEmpty() && startsLine) {
            // "Jan 2015 - Present Software Engineer, Acme": nothing above, the heading follows on the line.
            trailing = lineAfter(text, a.end(), text.length());
            if (!isHeadingLike(trailing.strip())) {
                trailing = "";
            }
            return new Heading(a.start(), a.end() + trailing.length(), trailing);
        }
        return new Heading(Math.max(from, start), a.end(), String.join(RoleHeading.LINE_JOIN, parts));
    }

    /**
     * The line right above a dates line when it is a title alone: short, heading-like and ending in an occupation
     * ("Staff Accountant"); else "".
     */
    private static String titleLineAbove(String text, int at, int from) {
        List<String> above = linesAbove(text, at, from);
        if (above.isEmpty()) {
            return "";
        }
        String line = above.getLast();
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        boolean adjacent = text.lastIndexOf(line, at) + line.length() >= lineStart - 2;
        return adjacent && words(line) <= 6 && RoleHeading.OCCUPATION_LAST.matcher(line).find()
                && Places.find(line) == null ? line : "";
    }

    /** The place in a line's opening that a heading's few words lead up to ("Globex City , State ..."), or null. */
    private static Places.Place headingPlace(String line) {
        Places.Place place = Places.find(head(line, 160));
        return place != null && words(line.substring(0, place.start())) <= MAX_HEADING_WORDS ? place : null;
    }

    /** The first non-blank line after {@code at}'s line, within {@code limit}. */
    private static String nextLine(String text, int at, int limit) {
        for (int i = nextLineStart(text, at, limit); i >= 0 && i < limit; i = nextLineStart(text, i, limit)) {
            String line = lineAfter(text, i, limit);
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    private static List<String> linesAbove(String text, int at, int from) {
        List<String> lines = new ArrayList<>();
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int i = lineStart - 1;
        while (i > from && lines.size() < 2) {
            int prevStart = text.lastIndexOf('\n', i - 1) + 1;
            if (prevStart < from) {
                break;
            }
            String line = text.substring(prevStart, i).strip();
            i = prevStart - 1;
            if (line.isEmpty() || PAGE_URL.matcher(line).matches()) {
                // A link alone on its line is page furniture (exports repeat the profile's address at page breaks).
                continue;
            }
            if (!isHeadingLike(line)) {
                break;
            }
            lines.addFirst(line);
        }
        return lines;
    }

    private static Role role(String heading, Anchor anchor, String body) {
        RoleHeading parsed = RoleHeading.parse(heading);
        boolean current = ResumeDates.isPresent(anchor.to());
        List<String> responsibilities = body.lines().filter(l -> BULLET.matcher(l).find())
                .map(l -> BULLET.matcher(l).replaceFirst("").strip()).filter(l -> !l.isEmpty()).toList();
        return new Role(parsed.title(), parsed.titleRule(), parsed.company(), parsed.companyRule(), parsed.place(),
                ResumeDates.normalize(anchor.from()), current ? null : ResumeDates.parseEnd(anchor.to()).map(YearMonth::toString).orElse(null), current,
                body.isEmpty() ? null : body, responsibilities);
    }

    static boolean isHeadingLike(String line) {
        if (line.isEmpty() || line.length() > 120 || BULLET.matcher(line).find() && !line.startsWith("-")) {
            return false;
        }
        if (line.endsWith(".") && !ABBREVIATION_END.matcher(line).find()) {
            return false;
        }
        return words(line) <= MAX_HEADING_WORDS;
    }

    private static boolean hasSeparator(String text) {
        return text.matches(".*(?:[|–—,]|\\s-\\s|\\sat\\s).*\\S.*");
    }

    /** The text after the last sentence end: in flattened text, what belongs to the next role. */
    private static String lastPiece(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int last = 0;
        while (m.find()) {
            last = m.end();
        }
        return text.substring(last);
    }

    private static String lineAfter(String text, int at, int limit) {
        int end = text.indexOf('\n', at);
        end = end < 0 || end > limit ? limit : end;
        return at >= end ? "" : text.substring(at, end);
    }

    private static String lineBefore(String text, int at, int from) {
        int start = Math.max(from, text.lastIndexOf('\n', at - 1) + 1);
        return start >= at ? "" : text.substring(start, at);
    }

    private static int nextLineStart(String text, int at, int limit) {
        int nl = text.indexOf('\n', at);
        return nl < 0 || nl >= limit ? -1 : nl + 1;
    }

    private static String head(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
