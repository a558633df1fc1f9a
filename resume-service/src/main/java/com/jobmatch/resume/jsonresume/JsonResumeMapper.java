package com.jobmatch.resume.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeData.CertificationItem;
import com.jobmatch.resume.resumes.ResumeData.ContactInfo;
import com.jobmatch.resume.resumes.ResumeData.Education;
import com.jobmatch.resume.resumes.ResumeData.Language;
import com.jobmatch.resume.resumes.ResumeData.Link;
import com.jobmatch.resume.resumes.ResumeData.WorkExperience;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts between JSON Resume (schema 1.0.0, jsonresume.org) and our resume_data. Fields both sides model survive a
 * round trip; what an imported document holds that we do not model (volunteer, awards, publications, projects,
 * interests, references, the label, image and location of its basics, skills with levels and keywords) is kept in
 * resume_data's other_sections and exported again. The export is valid against the schema (a test validates it):
 * URLs get a scheme (a profile typed as {@code github.com/ana} is {@code https://github.com/ana}) or are left out,
 * dates are written as the schema's ISO 8601 subset or left out, and an e-mail that is not one is left out.
 */
public final class JsonResumeMapper {

    private static final String SCHEMA =
            "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

    /** Sections of the schema that resume_data does not model: kept as they came. */
    static final List<String> OTHER_SECTIONS = List.of("volunteer", "awards", "publications", "projects", "interests",
            "references");
    private static final Pattern ISO_DATE = Pattern.compile("[1-2][0-9]{3}(-[0-1][0-9](-[0-3][0-9])?)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)([a-z]+)\\.?\\s+([1-2][0-9]{3})");
    private static final Pattern NUMERIC_MONTH_YEAR = Pattern.compile("([0-1]?[0-9])[/.-]([1-2][0-9]{3})");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b([1-2][0-9]{3})\\b");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ObjectMapper json;

    public JsonResumeMapper(ObjectMapper json) {
        this.json = json;
    }

    /** The day the document says it was last modified ({@code meta.lastModified}, an ISO date or date-time), if it says. */
    public static Optional<LocalDate> lastModified(JsonNode doc) {
        String value = text(doc.path("meta"), "lastModified");
        try {
            return value.length() < 10 ? Optional.empty() : Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public ResumeData fromJsonResume(JsonNode doc) {
        JsonNode basics = doc.path("basics");
        List<Link> links = new ArrayList<>();
        if (!text(basics, "url").isEmpty()) {
            links.add(new Link("Website", text(basics, "url")));
        }
        for (JsonNode profile : basics.path("profiles")) {
            links.add(new Link(orNull(text(profile, "network")), orNull(text(profile, "url"))));
        }
        ContactInfo contact = new ContactInfo(orNull(text(basics, "name")), orNull(text(basics, "email")),
                orNull(text(basics, "phone")), address(basics.path("location")), links);
        List<WorkExperience> roles = new ArrayList<>();
        for (JsonNode work : doc.path("work")) {
            String end = orNull(text(work, "endDate"));
            roles.add(new WorkExperience(orNull(text(work, "name")), orNull(text(work, "position")),
                    orNull(text(work, "location")), orNull(text(work, "startDate")), end,
                    end == null && !text(work, "startDate").isEmpty(), orNull(text(work, "summary")),
                    strings(work.path("highlights")), null, null));
        }
        List<Education> education = new ArrayList<>();
        for (JsonNode edu : doc.path("education")) {
            education.add(new Education(orNull(text(edu, "institution")), orNull(text(edu, "studyType")),
                    orNull(text(edu, "area")), orNull(text(edu, "startDate")), orNull(text(edu, "endDate")),
                    gpa(text(edu, "score")), null, strings(edu.path("courses")), null));
        }
        List<CertificationItem> certifications = new ArrayList<>();
        for (JsonNode cert : doc.path("certificates")) {
            certifications.add(new CertificationItem(orNull(text(cert, "name")), orNull(text(cert, "issuer")),
                    orNull(text(cert, "date")), null, null, orNull(text(cert, "url"))));
        }
        List<String> skills = new ArrayList<>();
        for (JsonNode skill : doc.path("skills")) {
            if (!text(skill, "name").isEmpty()) {
                skills.add(text(skill, "name"));
            }
            skills.addAll(strings(skill.path("keywords")).stream().filter(k -> !skills.contains(k)).toList());
        }
        List<Language> languages = new ArrayList<>();
        for (JsonNode language : doc.path("languages")) {
            languages.add(new Language(orNull(text(language, "language")), orNull(text(language, "fluency"))));
        }
        Map<String, Double> confidence = new HashMap<>();
        for (String field : List.of("contact_info", "summary", "work_experience", "education", "certifications",
                "skills", "languages")) {
            confidence.put(field, 1.0);
        }
        return new ResumeData(contact, orNull(text(basics, "summary")), roles, education, certifications,
                List.copyOf(new LinkedHashSet<>(skills)), languages, null, confidence, null, otherSections(doc));
    }

    /** What the document holds that resume_data does not model; null when nothing. */
    private ObjectNode otherSections(JsonNode doc) {
        ObjectNode other = json.createObjectNode();
        for (String section : OTHER_SECTIONS) {
            JsonNode value = doc.path(section);
            if (value.isArray() && !value.isEmpty()) {
                other.set(section, value.deepCopy());
            }
        }
        JsonNode basics = doc.path("basics");
        ObjectNode keptBasics = json.createObjectNode();
        for (String field : List.of("label", "image")) {
            if (!text(basics, field).isEmpty()) {
                keptBasics.put(field, text(basics, field));
            }
        }
        if (basics.path("location").isObject() && !basics.path("location").isEmpty()) {
            keptBasics.set("location", basics.path("location").deepCopy());
        }
        if (!keptBasics.isEmpty()) {
            other.set("basics", keptBasics);
        }
        // Skills with a level or keywords: resume_data keeps their names only, so the structured list is kept too and
        // exported as long as the names are still the resume's skills (a correction of the skills makes it stale).
        JsonNode skills = doc.path("skills");
        boolean structured = false;
        for (JsonNode skill : skills) {
            structured |= skill.has("level") || skill.has("keywords");
        }
        if (structured) {
            other.set("skills", skills.deepCopy());
        }
        return other.isEmpty() ? null : other;
    }

    public ObjectNode toJsonResume(ResumeData data) {
        ObjectNode doc = json.createObjectNode();
        doc.put("$schema", SCHEMA);
        ObjectNode basics = doc.putObject("basics");
        ContactInfo contact = data.contactInfo();
        ObjectNode other = data.otherSections() == null ? json.createObjectNode() : data.otherSections();
        JsonNode keptBasics = other.path("basics");
        putIfPresent(basics, "name", contact.fullName());
        putIfPresent(basics, "label", text(keptBasics, "label"));
        putIfPresent(basics, "image", text(keptBasics, "image"));
        putIfPresent(basics, "email", contact.email() != null && EMAIL.matcher(contact.email()).matches() ? contact.email() : null);
        putIfPresent(basics, "phone", contact.phone());
        putIfPresent(basics, "summary", data.summary());
        if (keptBasics.path("location").isObject() && contact.address() != null
                && contact.address().equals(address(keptBasics.path("location")))) {
            basics.set("location", keptBasics.path("location").deepCopy());
        } else if (contact.address() != null) {
            basics.putObject("location").put("address", contact.address());
        }
        ArrayNode profiles = basics.putArray("profiles");
        for (Link link : contact.links()) {
            String url = uri(link.url());
            if ("Website".equals(link.name()) && !basics.has("url") && url != null) {
                basics.put("url", url);
            } else {
                ObjectNode profile = profiles.addObject();
                putIfPresent(profile, "network", link.name());
                putIfPresent(profile, "url", url);
            }
        }
        ArrayNode work = doc.putArray("work");
        for (WorkExperience role : data.workExperience()) {
            ObjectNode node = work.addObject();
            putIfPresent(node, "name", role.company());
            putIfPresent(node, "position", role.position());
            putIfPresent(node, "location", role.location());
            putIfPresent(node, "startDate", date(role.startDate()));
            putIfPresent(node, "endDate", date(role.endDate()));
            putIfPresent(node, "summary", role.description());
            putStrings(node, "highlights", role.responsibilities());
        }
        ArrayNode education = doc.putArray("education");
        for (Education edu : data.education()) {
            ObjectNode node = education.addObject();
            putIfPresent(node, "institution", edu.institution());
            putIfPresent(node, "studyType", edu.degree());
            putIfPresent(node, "area", edu.fieldOfStudy());
            putIfPresent(node, "startDate", date(edu.startDate()));
            putIfPresent(node, "endDate", date(edu.graduationDate()));
            putIfPresent(node, "score", edu.gpa() == null ? null : edu.gpa().toString());
            putStrings(node, "courses", edu.relevantCourses());
        }
        ArrayNode certificates = doc.putArray("certificates");
        for (CertificationItem cert : data.certifications()) {
            ObjectNode node = certificates.addObject();
            putIfPresent(node, "name", cert.name());
            putIfPresent(node, "issuer", cert.issuer());
            putIfPresent(node, "date", fullDate(cert.dateObtained()));
            putIfPresent(node, "url", uri(cert.url()));
        }
        if (other.path("skills").isArray() && namesOf(other.path("skills")).equals(new LinkedHashSet<>(data.skills()))) {
            doc.set("skills", other.path("skills").deepCopy());
        } else {
            ArrayNode skills = doc.putArray("skills");
            data.skills().forEach(skill -> skills.addObject().put("name", skill));
        }
        ArrayNode languages = doc.putArray("languages");
        for (Language language : data.languages()) {
            ObjectNode node = languages.addObject();
            putIfPresent(node, "language", language.language());
            putIfPresent(node, "fluency", language.fluency());
        }
        for (String section : OTHER_SECTIONS) {
            if (other.path(section).isArray()) {
                doc.set(section, valid((ArrayNode) other.path(section).deepCopy()));
            }
        }
        return doc;
    }

    /** A kept section as the schema wants it: its URLs with a scheme and its dates in ISO 8601, else left out. */
    private static ArrayNode valid(ArrayNode entries) {
        for (JsonNode entry : entries) {
            if (entry instanceof ObjectNode object) {
                fix(object, "url", JsonResumeMapper::uri);
                for (String field : List.of("startDate", "endDate", "date", "releaseDate")) {
                    fix(object, field, JsonResumeMapper::date);
                }
            }
        }
        return entries;
    }

    private static void fix(ObjectNode object, String field, java.util.function.UnaryOperator<String> valid) {
        if (object.has(field)) {
            String fixed = object.get(field).isTextual() ? valid.apply(object.get(field).asText()) : null;
            if (fixed == null) {
                object.remove(field);
            } else {
                object.put(field, fixed);
            }
        }
    }

    /** The skill names resume_data keeps of a JSON Resume skills list (as {@link #fromJsonResume} reads them). */
    private static Set<String> namesOf(JsonNode skills) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode skill : skills) {
            if (!text(skill, "name").isEmpty()) {
                names.add(text(skill, "name"));
            }
            names.addAll(strings(skill.path("keywords")));
        }
        return names;
    }

    /** An absolute URI for the schema's "uri" format: a scheme added when missing, null when it is no URL at all. */
    static String uri(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String candidate = value.strip();
        if (!candidate.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            candidate = "https://" + candidate.replaceFirst("^/+", "");
        }
        try {
            URI uri = new URI(candidate);
            boolean web = uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http");
            return web && (uri.getHost() == null || !uri.getHost().contains(".")) ? null : uri.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A certificate's date: the schema wants a full date (YYYY-MM-DD, format "date"); a year or month is left out. */
    static String fullDate(String value) {
        String date = date(value);
        return date != null && date.length() == 10 ? date : null;
    }

    /** A date as the schema's ISO 8601 subset (YYYY, YYYY-MM or YYYY-MM-DD), or null when it names none. */
    static String date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (ISO_DATE.matcher(text).matches()) {
            return text;
        }
        Matcher numeric = NUMERIC_MONTH_YEAR.matcher(text);
        if (numeric.matches() && Integer.parseInt(numeric.group(1)) >= 1 && Integer.parseInt(numeric.group(1)) <= 12) {
            return numeric.group(2) + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(numeric.group(1)));
        }
        Matcher named = MONTH_YEAR.matcher(text);
        if (named.matches()) {
            for (Month month : Month.values()) {
                String name = month.name().toLowerCase(Locale.ROOT);
                String given = named.group(1).toLowerCase(Locale.ROOT);
                if (given.length() >= 3 && name.startsWith(given)) {
                    return named.group(2) + "-" + String.format(Locale.ROOT, "%02d", month.getValue());
                }
            }
        }
        Matcher year = YEAR_IN_TEXT.matcher(text);
        return year.find() && !text.toLowerCase(Locale.ROOT).contains("present") ? year.group(1) : null;
    }

    private static String address(JsonNode location) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("address", "city", "region", "postalCode", "countryCode")) {
            if (!text(location, key).isEmpty()) {
                parts.add(text(location, key));
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static Double gpa(String score) {
        try {
            return score.isEmpty() ? null : Double.valueOf(score.replaceAll("[^0-9.]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText("").strip() : "";
    }

    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            if (item.isValueNode() && !item.asText().isBlank()) {
                values.add(item.asText().strip());
            }
        });
        return values;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static void putStrings(ObjectNode node, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }
}
