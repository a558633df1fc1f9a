package com.jobmatch.resume.parsing;

import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeData.CertificationItem;
import com.jobmatch.resume.resumes.ResumeData.ContactInfo;
import com.jobmatch.resume.resumes.ResumeData.Education;
import com.jobmatch.resume.resumes.ResumeData.Language;
import com.jobmatch.resume.resumes.ResumeData.Link;
import com.jobmatch.resume.resumes.ResumeData.WorkExperience;


import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a resume's plain text into {@link ResumeData} with rules: section headings split the text (also where
 * flattening glued them to the next word, see {@link ResumeSections}), contact details are found by pattern,
 * roles are anchored on their date ranges ({@link WorkHistory}), degrees on their names ({@link EducationHistory}).
 * Every value comes from the text; a field the rules cannot find stays empty rather than guessed, and each found
 * role and degree field carries the confidence measured for the rule that found it ({@link FieldConfidence}).
 */
public final class ResumeTextParser {

    enum Section { HEADER, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, CERTIFICATIONS, LANGUAGES, OTHER }

    private static final Pattern PHONE = Pattern.compile("(?<![\\w/])(\\+?\\(?\\d[\\d ().-]{7,}\\d)(?![\\w/])");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b((?:https?://|www\\.)[^\\s,;]+|(?:linkedin\\.com|github\\.com|gitlab\\.com)/[^\\s,;]+)");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪◦‣\\-*–·]\\s*");
    private static final Pattern NAME = Pattern.compile("^[\\p{Lu}][\\p{L}'.-]*(?:\\s+[\\p{Lu}][\\p{L}'.-]*){1,3}$");
    /** People also write their names in lower case; such a first line still is the name, with less certainty. */
    private static final Pattern LOOSE_NAME = Pattern.compile("^\\p{L}[\\p{L}'.-]*(?:\\s+\\p{L}[\\p{L}'.-]*){1,3}$");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?i)\\b(engineer|developer|manager|analyst|assistant|director|specialist|consultant|intern|teacher"
                    + "|accountant|officer|lead|coordinator|administrator|designer|architect|scientist|representative"
                    + "|associate|supervisor|clerk|nurse|chef|cook|executive|advocate|attorney|technician|agent"
                    + "|president|head|owner|founder|programmer|instructor|tutor|trainer|operator|advisor|auditor"
                    + "|buyer|planner|writer|editor|sales|cashier|driver|mechanic|pilot|therapist|secretary|receptionist"
                    + "|lecturer|professor|faculty)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern GPA = Pattern.compile("(?i)\\bgpa\\s*:?\\s*(\\d\\.\\d{1,2})");

    private ResumeTextParser() {
    }

    public static ResumeData parse(String text) {
        Map<ResumeSections.Section, String> blocks = ResumeSections.split(text == null ? "" : text);
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        blocks.forEach((section, body) -> sections.put(Section.valueOf(section.name()),
                body.lines().map(String::strip).toList()));
        Map<String, Double> confidence = new LinkedHashMap<>();

        ContactInfo contact = contact(sections.getOrDefault(Section.HEADER, List.of()), text, confidence);
        String summary = joined(sections.get(Section.SUMMARY));
        if (summary != null) {
            confidence.put("summary", 0.8);
        }
        List<WorkExperience> roles = experience(blocks, confidence);
        List<Education> education = education(blocks, confidence);
        List<String> skills = items(sections.getOrDefault(Section.SKILLS, List.of()));
        if (!skills.isEmpty()) {
            confidence.put("skills", 0.7);
        }
        List<CertificationItem> certifications = Credentials.find(
                sections.getOrDefault(Section.CERTIFICATIONS, List.of()), text);
        if (!certifications.isEmpty()) {
            confidence.put("certifications", 0.6);
        }
        List<Language> languages = languages(sections.getOrDefault(Section.LANGUAGES, List.of()));
        if (!languages.isEmpty()) {
            confidence.put("languages", 0.7);
        }
        return new ResumeData(contact, summary, roles, education, certifications, skills, languages, null, confidence);
    }

    static Section heading(String line) {
        if (line.isEmpty() || line.length() > 45) {
            return null;
        }
        ResumeSections.Section section = ResumeSections.heading(line);
        return section == null ? null : Section.valueOf(section.name());
    }

    private static ContactInfo contact(List<String> header, String text, Map<String, Double> confidence) {
        String email = firstEmail(text);
        if (email != null) {
            confidence.put("contact_info.email", 0.95);
        }
        String phone = null;
        for (String line : header.isEmpty() ? text.lines().limit(15).toList() : header) {
            Matcher m = PHONE.matcher(line);
            if (m.find() && m.group(1).replaceAll("\\D", "").length() >= 9 && !ResumeDates.RANGE.matcher(line).find()) {
                phone = m.group(1).trim();
                confidence.put("contact_info.phone", 0.85);
                break;
            }
        }
        String name = null;
        for (String line : header.isEmpty() ? text.lines().map(String::strip).limit(5).toList() : header) {
            if (line.isEmpty()) {
                continue;
            }
            if (LOOSE_NAME.matcher(line).matches() && !TITLE_WORD.matcher(line).find() && heading(line) == null) {
                name = line;
                confidence.put("contact_info.full_name", NAME.matcher(line).matches() ? 0.7 : 0.5);
            }
            break;
        }
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            urls.add(m.group(1).replaceAll("[).]+$", ""));
        }
        List<Link> links = urls.stream().map(u -> new Link(linkName(u), u)).toList();
        if (!links.isEmpty()) {
            confidence.put("contact_info.links", 0.9);
        }
        return new ContactInfo(name, email, phone, null, links);
    }

    private static String linkName(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.contains("linkedin.")) {
            return "LinkedIn";
        }
        if (lower.contains("github.")) {
            return "GitHub";
        }
        return "Website";
    }

    /** Roles as found, with their rules and whether they came from outside an experience section. */
    public record FoundRoles(List<WorkHistory.Role> roles, boolean outsideExperience) {
    }

    /** The roles {@link #parse} reports, with the rules that found them (for the bench's calibration). */
    public static FoundRoles roles(String text) {
        return roles(ResumeSections.split(text == null ? "" : text));
    }

    /** The degrees {@link #parse} reports, with the rules that found them. */
    public static List<EducationHistory.Degree> degrees(String text) {
        return degrees(ResumeSections.split(text == null ? "" : text));
    }

    private static FoundRoles roles(Map<ResumeSections.Section, String> blocks) {
        String section = blocks.get(ResumeSections.Section.EXPERIENCE);
        if (section != null) {
            return new FoundRoles(WorkHistory.parse(section), false);
        }
        // No experience heading: roles are still the dated headings outside education, skills and the like.
        String rest = String.join("\n", blocks.entrySet().stream()
                .filter(e -> e.getKey() == ResumeSections.Section.HEADER || e.getKey() == ResumeSections.Section.OTHER)
                .map(Map.Entry::getValue).toList());
        return new FoundRoles(WorkHistory.parse(rest), true);
    }

    private static List<EducationHistory.Degree> degrees(Map<ResumeSections.Section, String> blocks) {
        String section = blocks.get(ResumeSections.Section.EDUCATION);
        return section == null ? List.of() : EducationHistory.parse(section);
    }

    private static List<WorkExperience> experience(Map<ResumeSections.Section, String> blocks,
                                                   Map<String, Double> confidence) {
        FoundRoles found = roles(blocks);
        List<WorkExperience> roles = new ArrayList<>();
        for (WorkHistory.Role role : found.roles()) {
            String key = "work_experience[" + roles.size() + "]";
            putConfidence(confidence, key + ".company", FieldConfidence.company(role.companyRule()), role.company());
            putConfidence(confidence, key + ".position", FieldConfidence.title(role.titleRule()), role.title());
            putConfidence(confidence, key + ".start_date", FieldConfidence.dates(), role.start());
            roles.add(new WorkExperience(role.company(), role.title(), role.place(), role.start(), role.end(),
                    role.current(), role.description(), role.responsibilities(), null, null));
        }
        if (!roles.isEmpty()) {
            confidence.put("work_experience", FieldConfidence.dates());
        }
        return roles;
    }

    private static List<Education> education(Map<ResumeSections.Section, String> blocks, Map<String, Double> confidence) {
        String section = blocks.get(ResumeSections.Section.EDUCATION);
        List<Education> result = new ArrayList<>();
        for (EducationHistory.Degree degree : degrees(blocks)) {
            String key = "education[" + result.size() + "]";
            putConfidence(confidence, key + ".degree", FieldConfidence.degree(degree.degreeRule()), degree.degree());
            putConfidence(confidence, key + ".institution", FieldConfidence.school(degree.schoolRule()), degree.school());
            putConfidence(confidence, key + ".graduation_date", FieldConfidence.year(degree.yearRule()), degree.year());
            Matcher g = GPA.matcher(section);
            result.add(new Education(degree.school(), degree.degree(), degree.field(), null, degree.year(),
                    result.isEmpty() && g.find() ? Double.valueOf(g.group(1)) : null, null, null, null));
        }
        if (!result.isEmpty()) {
            confidence.put("education", confidence.getOrDefault("education[0].degree", 0.5));
        }
        return result;
    }

    private static void putConfidence(Map<String, Double> confidence, String key, double value, String found) {
        if (found != null && !found.isBlank()) {
            confidence.put(key, value);
        }
    }

    private static List<String> items(List<String> lines) {
        Set<String> items = new LinkedHashSet<>();
        for (String line : lines) {
            String content = BULLET.matcher(line).replaceFirst("");
            int colon = content.indexOf(':');
            if (colon > 0 && colon < 40) {
                content = content.substring(colon + 1);
            }
            for (String piece : content.split("[,;•|·●▪]|\\s{3,}")) {
                String item = clean(piece.replaceAll("\\((?i:less than|\\d+\\+?)\\s*[^)]*\\)", ""));
                if (!item.isEmpty() && item.length() <= 50 && item.split("\\s+").length <= 5 && !item.endsWith(".")) {
                    items.add(item);
                }
            }
        }
        return List.copyOf(items);
    }

    private static List<Language> languages(List<String> lines) {
        List<Language> result = new ArrayList<>();
        for (String item : items(lines)) {
            Matcher m = Pattern.compile("^([\\p{L} ]+?)\\s*(?:\\(([^)]+)\\)|[-–:]\\s*(.+))?$").matcher(item);
            if (m.matches()) {
                String fluency = m.group(2) != null ? m.group(2) : m.group(3);
                result.add(new Language(clean(m.group(1)), fluency == null ? null : clean(fluency)));
            }
        }
        return result;
    }

    private static String joined(List<String> lines) {
        if (lines == null) {
            return null;
        }
        String text = String.join(" ", lines.stream().filter(l -> !l.isEmpty()).toList()).strip();
        return text.isEmpty() ? null : text;
    }

    /** The first e-mail address in the text, found in linear time (see {@link EmailScanner}). */
    static String firstEmail(CharSequence text) {
        return EmailScanner.first(text);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").replaceAll("^[\\s,|:;–—-]+|[\\s,|:;–—-]+$", "").strip();
    }
}
