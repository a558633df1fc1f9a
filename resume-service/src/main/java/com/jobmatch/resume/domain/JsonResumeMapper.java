package com.jobmatch.resume.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.resume.domain.ResumeData.CertificationItem;
import com.jobmatch.resume.domain.ResumeData.ContactInfo;
import com.jobmatch.resume.domain.ResumeData.Education;
import com.jobmatch.resume.domain.ResumeData.Language;
import com.jobmatch.resume.domain.ResumeData.Link;
import com.jobmatch.resume.domain.ResumeData.WorkExperience;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON Resume (schema 1.x, jsonresume.org) and our resume_data. Fields both sides model
 * survive a round trip; JSON Resume sections we do not model (volunteer, awards, projects...) are not kept.
 */
public final class JsonResumeMapper {

    private static final String SCHEMA =
            "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

    private final ObjectMapper json;

    public JsonResumeMapper(ObjectMapper json) {
        this.json = json;
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
                List.copyOf(new java.util.LinkedHashSet<>(skills)), languages, null, confidence);
    }

    public ObjectNode toJsonResume(ResumeData data) {
        ObjectNode doc = json.createObjectNode();
        doc.put("$schema", SCHEMA);
        ObjectNode basics = doc.putObject("basics");
        ContactInfo contact = data.contactInfo();
        putIfPresent(basics, "name", contact.fullName());
        putIfPresent(basics, "email", contact.email());
        putIfPresent(basics, "phone", contact.phone());
        putIfPresent(basics, "summary", data.summary());
        if (contact.address() != null) {
            basics.putObject("location").put("address", contact.address());
        }
        ArrayNode profiles = basics.putArray("profiles");
        for (Link link : contact.links()) {
            if ("Website".equals(link.name()) && !basics.has("url")) {
                basics.put("url", link.url());
            } else {
                ObjectNode profile = profiles.addObject();
                putIfPresent(profile, "network", link.name());
                putIfPresent(profile, "url", link.url());
            }
        }
        ArrayNode work = doc.putArray("work");
        for (WorkExperience role : data.workExperience()) {
            ObjectNode node = work.addObject();
            putIfPresent(node, "name", role.company());
            putIfPresent(node, "position", role.position());
            putIfPresent(node, "location", role.location());
            putIfPresent(node, "startDate", role.startDate());
            putIfPresent(node, "endDate", role.endDate());
            putIfPresent(node, "summary", role.description());
            putStrings(node, "highlights", role.responsibilities());
        }
        ArrayNode education = doc.putArray("education");
        for (Education edu : data.education()) {
            ObjectNode node = education.addObject();
            putIfPresent(node, "institution", edu.institution());
            putIfPresent(node, "studyType", edu.degree());
            putIfPresent(node, "area", edu.fieldOfStudy());
            putIfPresent(node, "startDate", edu.startDate());
            putIfPresent(node, "endDate", edu.graduationDate());
            putIfPresent(node, "score", edu.gpa() == null ? null : edu.gpa().toString());
            putStrings(node, "courses", edu.relevantCourses());
        }
        ArrayNode certificates = doc.putArray("certificates");
        for (CertificationItem cert : data.certifications()) {
            ObjectNode node = certificates.addObject();
            putIfPresent(node, "name", cert.name());
            putIfPresent(node, "issuer", cert.issuer());
            putIfPresent(node, "date", cert.dateObtained());
            putIfPresent(node, "url", cert.url());
        }
        ArrayNode skills = doc.putArray("skills");
        data.skills().forEach(skill -> skills.addObject().put("name", skill));
        ArrayNode languages = doc.putArray("languages");
        for (Language language : data.languages()) {
            ObjectNode node = languages.addObject();
            putIfPresent(node, "language", language.language());
            putIfPresent(node, "fluency", language.fluency());
        }
        return doc;
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
