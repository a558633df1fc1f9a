package com.jobmatch.matching.catalogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A job as schema.org JobPosting JSON-LD (https://schema.org/JobPosting), the format job boards and search engines
 * read, and the one the catalogue imports (JsonLdPostingReader): importing an export gives the same title, company,
 * location, description, URL, dates, employment types, remote work, skills, benefits, industries and salary.
 */
public final class JobPostingLd {

    public static final String MEDIA_TYPE = "application/ld+json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JobPostingLd() {
    }

    public static ObjectNode of(JobView job) {
        ObjectNode posting = NODES.objectNode();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        ObjectNode identifier = posting.putObject("identifier");
        identifier.put("@type", "PropertyValue");
        put(identifier, "name", job.source());
        identifier.put("value", job.externalId() != null ? job.externalId() : job.id().toString());
        put(posting, "title", job.title());
        put(posting, "description", job.description());
        put(posting, "url", job.url());
        put(posting, "datePosted", date(job.postedAt() != null ? job.postedAt() : job.discoveredAt()));
        put(posting, "validThrough", job.validThrough() == null ? null
                : job.validThrough().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (job.company() != null) {
            ObjectNode organization = posting.putObject("hiringOrganization");
            organization.put("@type", "Organization");
            organization.put("name", job.company());
        }
        String place = job.location() != null ? job.location() : first(job.cities());
        if (place != null) {
            ObjectNode location = posting.putObject("jobLocation");
            location.put("@type", "Place");
            ObjectNode address = location.putObject("address");
            address.put("@type", "PostalAddress");
            // The whole location as the locality: the catalogue keeps it as one text, so it comes back as it was.
            address.put("addressLocality", place);
        }
        if (job.workArrangement() == WorkArrangement.REMOTE) {
            posting.put("jobLocationType", "TELECOMMUTE");
        }
        array(posting, "employmentType", job.employmentTypes());
        put(posting, "experienceLevel", job.experienceLevel());
        array(posting, "skills", job.keySkills());
        array(posting, "jobBenefits", job.benefits());
        array(posting, "industry", job.industries());
        SalaryRange salary = job.salary();
        if (salary != null && (salary.min() != null || salary.max() != null)) {
            ObjectNode base = posting.putObject("baseSalary");
            base.put("@type", "MonetaryAmount");
            put(base, "currency", salary.currency());
            ObjectNode value = base.putObject("value");
            value.put("@type", "QuantitativeValue");
            if (salary.min() != null) {
                value.put("minValue", salary.min());
            }
            if (salary.max() != null) {
                value.put("maxValue", salary.max());
            }
            put(value, "unitText", salary.period());
        }
        return posting;
    }

    private static String date(OffsetDateTime at) {
        return at == null ? null : at.toLocalDate().toString();
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static void array(ObjectNode node, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }
}
