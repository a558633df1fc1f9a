package com.jobmatch.matching.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.JobPosting;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads schema.org JobPosting JSON-LD: one posting, an array of them, or a document with an {@code @graph}. */
@ApplicationScoped
public class JsonLdPostingReader {

    private static final Map<String, String> SALARY_UNITS = Map.of("YEAR", "YEAR", "MONTH", "MONTH", "HOUR", "HOUR");

    private final ObjectMapper mapper;

    public JsonLdPostingReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<ParsedRow> read(String body) {
        JsonNode root = JsonPostingReader.tree(mapper, body);
        JsonNode items = root.isArray() ? root : root.has("@graph") ? root.get("@graph") : mapper.createArrayNode().add(root);
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            if (!isJobPosting(node)) {
                rows.add(ParsedRow.unreadable(i + 1, "@type: not a schema.org JobPosting"));
                continue;
            }
            try {
                rows.add(ParsedRow.of(i + 1, posting(node)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                rows.add(ParsedRow.unreadable(i + 1, e.getMessage()));
            }
        }
        return rows;
    }

    private static boolean isJobPosting(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("JobPosting".equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "JobPosting".equals(type.asText());
    }

    private JobPosting posting(JsonNode n) {
        String url = text(n, "url");
        JsonNode identifier = n.path("identifier");
        String externalId = identifier.isObject() ? text(identifier, "value") : text(n, "identifier");
        if (externalId == null) {
            externalId = url;
        }
        JsonNode org = n.path("hiringOrganization");
        String company = org.isObject() ? text(org, "name") : text(n, "hiringOrganization");
        JsonNode address = first(n.path("jobLocation")).path("address");
        String city = text(address, "addressLocality");
        String region = text(address, "addressRegion");
        String country = address.path("addressCountry").isObject()
                ? text(address.path("addressCountry"), "name") : text(address, "addressCountry");
        String location = String.join(", ", nonNull(city, region, country));
        WorkArrangement arrangement = "TELECOMMUTE".equalsIgnoreCase(text(n, "jobLocationType")) ? WorkArrangement.REMOTE : null;
        JsonNode months = n.path("experienceRequirements").path("monthsOfExperience");
        ExperienceRange experience = months.isNumber() ? new ExperienceRange(months.asInt(), null) : null;
        return new JobPosting(externalId, text(n, "title"), company, location.isEmpty() ? null : location,
                stripHtml(text(n, "description")), url, null, date(text(n, "datePosted")), employmentTypes(n.path("employmentType")),
                arrangement, text(n, "experienceLevel"), list(n.path("skills")), list(n.path("keywords")),
                stripHtml(text(n, "responsibilities")), stripHtml(text(n, "qualifications")),
                educationText(n.path("educationRequirements")), list(n.path("jobBenefits")), salary(n.path("baseSalary")),
                list(n.path("industry")), location.isEmpty() ? List.of() : List.of(location),
                city == null ? List.of() : List.of(city), null, text(n, "inLanguage"), text(n, "workHours"), country,
                region, null, null, experience, null, List.of(), date(text(n, "validThrough")));
    }

    private static SalaryRange salary(JsonNode base) {
        if (!base.isObject()) {
            return null;
        }
        JsonNode value = base.path("value");
        BigDecimal min = decimal(value.isObject() ? value.path("minValue") : value);
        BigDecimal max = decimal(value.isObject() ? value.path("maxValue") : value);
        if (value.isObject() && value.has("value")) {
            min = max = decimal(value.path("value"));
        }
        String unit = value.isObject() ? text(value, "unitText") : null;
        return new SalaryRange(min, max, text(base, "currency"),
                unit == null ? null : SALARY_UNITS.get(unit.toUpperCase(Locale.ROOT)));
    }

    private static List<EmploymentType> employmentTypes(JsonNode node) {
        return list(node).stream().map(CsvPostingReader::employmentType).toList();
    }

    private static String educationText(JsonNode node) {
        return node.isObject() ? text(node, "credentialCategory") : node.isTextual() ? node.asText() : null;
    }

    private static OffsetDateTime date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() <= 10) {
            return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            // career pages often write a local date-time ("2026-12-31T00:00"): taken as UTC
            return java.time.LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
        }
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() && !node.isEmpty() ? node.get(0) : node;
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.isObject() ? v.path("name").asText() : v.asText()));
        } else if (node.isTextual()) {
            for (String part : node.asText().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            try {
                return new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("baseSalary: '" + node.asText() + "' is not a number");
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static List<String> nonNull(String... values) {
        List<String> present = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                present.add(v);
            }
        }
        return present;
    }

    static String stripHtml(String html) {
        return html == null ? null : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ").strip();
    }
}
