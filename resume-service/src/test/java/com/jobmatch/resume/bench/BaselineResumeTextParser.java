package com.jobmatch.resume.bench;

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

/** The parser as committed before the resume-structuring work (da72ae9), kept unchanged as the bench's baseline.
 *
 * Turns a resume's plain text into {@link ResumeData} with rules: section headings split the text, contact
 * details are found by pattern, roles are anchored on their date ranges. Every value comes from the text;
 * a field the rules cannot find stays empty rather than guessed, and each found field carries a confidence.
 */
final class BaselineResumeTextParser {

    enum Section { HEADER, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, CERTIFICATIONS, LANGUAGES, OTHER }

    private static final Map<String, Section> HEADINGS = headings();

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/])(\\+?\\(?\\d[\\d ().-]{7,}\\d)(?![\\w/])");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b((?:https?://|www\\.)[^\\s,;]+|(?:linkedin\\.com|github\\.com|gitlab\\.com)/[^\\s,;]+)");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪◦‣\\-*–·]\\s*");
    private static final Pattern NAME = Pattern.compile("^[\\p{Lu}][\\p{L}'.-]*(?:\\s+[\\p{Lu}][\\p{L}'.-]*){1,3}$");
    /** People also write their names in lower case; such a first line still is the name, with less certainty. */
    private static final Pattern LOOSE_NAME = Pattern.compile("^\\p{L}[\\p{L}'.-]*(?:\\s+\\p{L}[\\p{L}'.-]*){1,3}$");
    private static final Pattern DEGREE = Pattern.compile(
            "(?i)\\b(bachelor'?s?|master'?s?|associate'?s? degree|doctor(?:ate)?|ph\\.?\\s?d|mba|m\\.?b\\.?a|b\\.?\\s?sc?\\b|m\\.?\\s?sc?\\b"
                    + "|b\\.?\\s?a\\b|m\\.?\\s?a\\b|b\\.?\\s?tech|m\\.?\\s?tech|b\\.?\\s?e\\b|m\\.?\\s?e\\b|b\\.?\\s?com|m\\.?\\s?com|bca|mca"
                    + "|diploma|high school|ged|a\\.?a\\.?s?\\b|juris doctor|llb|ll\\.?m)");
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(university|college|institute|school|academy|polytechnic|universidad|universit[eé])\\b");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?i)\\b(engineer|developer|manager|analyst|assistant|director|specialist|consultant|intern|teacher"
                    + "|accountant|officer|lead|coordinator|administrator|designer|architect|scientist|representative"
                    + "|associate|supervisor|clerk|nurse|chef|cook|executive|advocate|attorney|technician|agent"
                    + "|president|head|owner|founder|programmer|instructor|tutor|trainer|operator|advisor|auditor"
                    + "|buyer|planner|writer|editor|sales|cashier|driver|mechanic|pilot|therapist|secretary|receptionist"
                    + "|lecturer|professor|faculty)\\b");
    private static final Pattern COMPANY_WORD = Pattern.compile(
            "(?i)\\b(inc|llc|ltd|limited|corp|corporation|company|co\\.|group|gmbh|plc|technologies|solutions|bank|services|pvt)\\b");
    /** "..., Austin, TX" at the end of a role's heading. */
    private static final Pattern TRAILING_LOCATION = Pattern.compile("(?:,|\\s[|–—-])\\s*(\\p{Lu}[\\p{L} .]+,\\s*\\p{Lu}{2})\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern GPA = Pattern.compile("(?i)\\bgpa\\s*:?\\s*(\\d\\.\\d{1,2})");

    private BaselineResumeTextParser() {
    }

    public static ResumeData parse(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        Map<Section, List<String>> sections = split(lines);
        Map<String, Double> confidence = new LinkedHashMap<>();

        ContactInfo contact = contact(sections.getOrDefault(Section.HEADER, List.of()), text, confidence);
        String summary = joined(sections.get(Section.SUMMARY));
        if (summary != null) {
            confidence.put("summary", 0.8);
        }
        List<WorkExperience> roles = experience(sections.getOrDefault(Section.EXPERIENCE, List.of()), confidence);
        List<Education> education = education(sections.getOrDefault(Section.EDUCATION, List.of()), confidence);
        List<String> skills = items(sections.getOrDefault(Section.SKILLS, List.of()));
        if (!skills.isEmpty()) {
            confidence.put("skills", 0.7);
        }
        List<CertificationItem> certifications = certifications(sections.getOrDefault(Section.CERTIFICATIONS, List.of()));
        if (!certifications.isEmpty()) {
            confidence.put("certifications", 0.6);
        }
        List<Language> languages = languages(sections.getOrDefault(Section.LANGUAGES, List.of()));
        if (!languages.isEmpty()) {
            confidence.put("languages", 0.7);
        }
        return new ResumeData(contact, summary, roles, education, certifications, skills, languages, null, confidence);
    }

    private static Map<Section, List<String>> split(List<String> lines) {
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        Section current = Section.HEADER;
        for (String line : lines) {
            Section heading = heading(line);
            if (heading != null) {
                current = heading;
                sections.computeIfAbsent(current, s -> new ArrayList<>());
                continue;
            }
            sections.computeIfAbsent(current, s -> new ArrayList<>()).add(line);
        }
        return sections;
    }

    static Section heading(String line) {
        if (line.isEmpty() || line.length() > 45) {
            return null;
        }
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "").replaceAll("\\s+", " ").replace("&", "and");
        return HEADINGS.get(key);
    }

    private static ContactInfo contact(List<String> header, String text, Map<String, Double> confidence) {
        String email = first(EMAIL, text);
        if (email != null) {
            confidence.put("contact_info.email", 0.95);
        }
        String phone = null;
        for (String line : header.isEmpty() ? text.lines().limit(15).toList() : header) {
            Matcher m = PHONE.matcher(line);
            if (m.find() && m.group(1).replaceAll("\\D", "").length() >= 9 && !BaselineResumeDates.RANGE.matcher(line).find()) {
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

    private static List<WorkExperience> experience(List<String> lines, Map<String, Double> confidence) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (BaselineResumeDates.RANGE.matcher(lines.get(i)).find()) {
                anchors.add(i);
            }
        }
        List<WorkExperience> roles = new ArrayList<>();
        int consumedUntil = 0;
        for (int a = 0; a < anchors.size(); a++) {
            int at = anchors.get(a);
            Matcher range = BaselineResumeDates.RANGE.matcher(lines.get(at));
            range.find();
            List<String> header = new ArrayList<>();
            String rest = clean(lines.get(at).substring(0, range.start()) + " " + lines.get(at).substring(range.end()));
            for (int i = at - 1, taken = 0; i >= consumedUntil && taken < 2; i--) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    continue;
                }
                if (isHeaderLine(line)) {
                    header.addFirst(line);
                    taken++;
                } else {
                    break;
                }
            }
            if (!rest.isEmpty()) {
                header.add(rest);
            }
            int next = a + 1 < anchors.size() ? anchors.get(a + 1) : lines.size();
            int bodyEnd = next;
            if (a + 1 < anchors.size()) {
                // The next role's heading lines sit just above its dates; they are not this role's description.
                int k = next - 1;
                int taken = 0;
                while (k > at && taken < 2 && (lines.get(k).isEmpty() || isHeaderLine(lines.get(k)))) {
                    if (!lines.get(k).isEmpty()) {
                        taken++;
                    }
                    k--;
                }
                bodyEnd = k + 1;
            }
            List<String> body = lines.subList(at + 1, Math.max(at + 1, bodyEnd)).stream().filter(l -> !l.isEmpty()).toList();
            consumedUntil = bodyEnd;
            roles.add(role(header, range.group(1), range.group(2), body));
        }
        if (!roles.isEmpty()) {
            confidence.put("work_experience", 0.6);
        }
        return roles;
    }

    private static boolean isHeaderLine(String line) {
        return line.length() <= 80 && !BULLET.matcher(line).find() && !line.endsWith(".")
                && line.split("\\s+").length <= 10;
    }

    private static WorkExperience role(List<String> header, String start, String end, List<String> body) {
        String position = null;
        String company = null;
        List<String> parts = new ArrayList<>();
        String location = null;
        for (String line : header) {
            Matcher place = TRAILING_LOCATION.matcher(line);
            if (location == null && place.find()) {
                location = place.group(1);
                line = line.substring(0, place.start());
            }
            Matcher at = Pattern.compile("(?i)^(.+?)\\s+at\\s+(.+)$").matcher(line);
            if (at.matches()) {
                position = clean(at.group(1));
                company = clean(at.group(2));
                continue;
            }
            for (String part : line.split("\\s+[|–—-]\\s+|\\s*,\\s+(?=\\p{Lu})|\\s{3,}")) {
                if (!clean(part).isEmpty()) {
                    parts.add(clean(part));
                }
            }
        }
        List<String> candidates = new ArrayList<>(parts.stream().filter(p -> !isLocation(p)).toList());
        if (position == null && company == null) {
            position = candidates.stream().filter(p -> TITLE_WORD.matcher(p).find() && !COMPANY_WORD.matcher(p).find())
                    .findFirst().orElse(null);
            String title = position;
            company = candidates.stream().filter(p -> !p.equals(title) && COMPANY_WORD.matcher(p).find()).findFirst().orElse(null);
            candidates.remove(position);
            candidates.remove(company);
            if (position == null && company == null && candidates.size() >= 2) {
                // No word tells them apart: resumes most often put the title above the employer.
                position = candidates.get(0);
                company = candidates.get(1);
            } else if (company == null && !candidates.isEmpty()) {
                company = candidates.getFirst();
            } else if (position == null && !candidates.isEmpty()) {
                position = candidates.getFirst();
            }
        }
        boolean current = BaselineResumeDates.isPresent(end);
        List<String> responsibilities = body.stream().filter(l -> BULLET.matcher(l).find())
                .map(l -> BULLET.matcher(l).replaceFirst("")).toList();
        String description = body.isEmpty() ? null : String.join("\n", body);
        return new WorkExperience(company, position, location, BaselineResumeDates.normalize(start),
                current ? null : BaselineResumeDates.normalize(end), current, description, responsibilities, null, null);
    }

    private static boolean isLocation(String part) {
        return part.matches("\\p{Lu}[\\p{L} .]+,\\s*\\p{Lu}{2}") || part.matches("(?i)remote");
    }

    private static List<Education> education(List<String> lines, Map<String, Double> confidence) {
        List<Education> result = new ArrayList<>();
        List<String> nonEmpty = lines.stream().filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < nonEmpty.size(); i++) {
            String line = nonEmpty.get(i);
            Matcher degree = DEGREE.matcher(line);
            if (!degree.find() || line.length() > 160) {
                continue;
            }
            String institution = null;
            String year = null;
            Double gpa = null;
            for (int k = Math.max(0, i - 1); k <= Math.min(nonEmpty.size() - 1, i + 2); k++) {
                String near = nonEmpty.get(k);
                if (institution == null && INSTITUTION.matcher(near).find()) {
                    institution = institutionPart(near);
                }
                Matcher years = YEAR.matcher(near);
                while (years.find() && (k >= i)) {
                    year = years.group(1);
                }
                Matcher g = GPA.matcher(near);
                if (gpa == null && g.find()) {
                    gpa = Double.valueOf(g.group(1));
                }
            }
            String degreeText = clean(line.split("\\s+[|–—-]\\s+|,\\s+")[0]);
            String field = fieldOfStudy(degreeText);
            result.add(new Education(institution, degreeText, field, null, year, gpa, null, null, null));
        }
        if (!result.isEmpty()) {
            confidence.put("education", 0.6);
        }
        return result;
    }

    private static final Pattern FIELD_AFTER_IN = Pattern.compile("(?i)\\bin\\s+([\\p{L} &]+)$");
    private static final Pattern FIELD_AFTER_OF = Pattern.compile(
            "(?i)\\bof\\s+(?!(?:arts|science|engineering|technology|business administration)\\s*$)([\\p{L} &]+)$");

    private static String fieldOfStudy(String degree) {
        Matcher in = FIELD_AFTER_IN.matcher(degree);
        if (in.find()) {
            return clean(in.group(1));
        }
        Matcher of = FIELD_AFTER_OF.matcher(degree);
        return of.find() && !of.group(1).toLowerCase(Locale.ROOT).contains(" in ") ? clean(of.group(1)) : null;
    }

    private static String institutionPart(String line) {
        for (String part : line.split("\\s+[|–—-]\\s+|,\\s+")) {
            if (INSTITUTION.matcher(part).find()) {
                return clean(part);
            }
        }
        return null;
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

    private static List<CertificationItem> certifications(List<String> lines) {
        List<CertificationItem> result = new ArrayList<>();
        for (String line : lines) {
            String content = clean(BULLET.matcher(line).replaceFirst(""));
            if (content.isEmpty() || content.length() > 150) {
                continue;
            }
            String year = first(YEAR, content);
            String[] parts = content.split("\\s+[|–—-]\\s+|,\\s+");
            String issuer = parts.length > 1 && first(YEAR, parts[1]) == null ? clean(parts[1]) : null;
            result.add(new CertificationItem(clean(parts[0]), issuer, year, null, null, null));
        }
        return result;
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

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(m.groupCount() > 0 ? 1 : 0) : null;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").replaceAll("^[\\s,|:;–—-]+|[\\s,|:;–—-]+$", "").strip();
    }

    private static Map<String, Section> headings() {
        Map<String, Section> map = new LinkedHashMap<>();
        for (String h : List.of("summary", "professional summary", "profile", "professional profile", "objective",
                "career objective", "about me", "executive summary", "career overview", "overview",
                "summary of qualifications", "qualifications summary", "personal statement", "executive profile")) {
            map.put(h, Section.SUMMARY);
        }
        for (String h : List.of("experience", "work experience", "professional experience", "employment history",
                "work history", "employment", "career history", "relevant experience", "experience history")) {
            map.put(h, Section.EXPERIENCE);
        }
        for (String h : List.of("education", "academic background", "education and training", "academic qualifications",
                "educational qualifications", "education background", "educational background")) {
            map.put(h, Section.EDUCATION);
        }
        for (String h : List.of("skills", "technical skills", "core competencies", "key skills", "competencies",
                "areas of expertise", "skill highlights", "highlights", "skills and abilities", "core skills",
                "it skills", "professional skills", "expertise", "technologies", "skill set")) {
            map.put(h, Section.SKILLS);
        }
        for (String h : List.of("certifications", "certificates", "certification", "licenses", "licenses and certifications",
                "certifications and licenses", "licensure")) {
            map.put(h, Section.CERTIFICATIONS);
        }
        for (String h : List.of("languages", "language skills", "language")) {
            map.put(h, Section.LANGUAGES);
        }
        for (String h : List.of("additional information", "interests", "hobbies", "references", "projects", "awards",
                "accomplishments", "publications", "volunteer experience", "activities", "affiliations")) {
            map.put(h, Section.OTHER);
        }
        return Map.copyOf(map);
    }
}
