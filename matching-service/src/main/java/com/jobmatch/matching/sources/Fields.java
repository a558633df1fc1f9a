package com.jobmatch.matching.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;
import org.jsoup.Jsoup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading providers' JSON fields into ours: text, lists, dates in their several notations, HTML, enums. */
public final class Fields {

    private static final Pattern YEARS_RANGE = Pattern.compile("(\\d+)\\s*(?:-|to)\\s*(\\d+)|(\\d+)\\s*\\+");

    private Fields() {
    }

    /** The field as trimmed text, or null when absent, null or blank; numbers and booleans as their text. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    public static String text(JsonNode node, String object, String field) {
        return text(node.path(object), field);
    }

    /** A list of texts: an array of strings (or of objects with the given name field), or a comma-separated text. */
    public static List<String> list(JsonNode node, String nameField) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode v : node) {
                String s = v.isObject() ? text(v, nameField) : v.isValueNode() && !v.isNull() ? v.asText().strip() : null;
                if (s != null && !s.isBlank() && !values.contains(s)) {
                    values.add(s);
                }
            }
        } else if (node.isTextual()) {
            for (String part : node.asText().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    public static List<String> list(JsonNode node) {
        return list(node, "name");
    }

    /** The values joined with ", ", or null when there are none. */
    public static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    public static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    public static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.asBoolean() : null;
    }

    public static Double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        return node.isTextual() && node.asText().strip().matches("-?\\d+(\\.\\d+)?") ? Double.valueOf(node.asText().strip()) : null;
    }

    public static BigDecimal decimal(JsonNode node) {
        Double n = number(node);
        return n == null ? null : BigDecimal.valueOf(n);
    }

    /**
     * A date in any notation the providers use: ISO with or without offset (no offset is UTC), a plain date, or epoch
     * milliseconds. Unreadable text is an error naming the field, so the row is rejected with that reason.
     */
    public static OffsetDateTime date(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong()).atOffset(ZoneOffset.UTC);
        }
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a date");
        }
    }

    /** Readable text of an HTML fragment (also when the HTML itself arrives entity-escaped, as Greenhouse sends it). */
    public static String html(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String source = html.contains("&lt;") && !html.contains("<") ? Jsoup.parse(html).text() : html;
        var document = Jsoup.parse(source);
        document.outputSettings().prettyPrint(false);
        document.select("br").after("\\n");
        document.select("p, li, h1, h2, h3, h4, h5, h6, div, tr").before("\\n");
        String text = document.text().replace("\\n", "\n");
        return text.replaceAll("[ \\t]+", " ").replaceAll(" ?\n ?", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Employment type from the many spellings ("Full-time", "FULL_TIME", "FullTime", "permanent", "Intern"). */
    public static EmploymentType employmentType(String value) {
        if (value == null) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (v.contains("fulltime") || v.equals("permanent") || v.equals("regular")) {
            return EmploymentType.FULL_TIME;
        }
        if (v.contains("parttime")) {
            return EmploymentType.PART_TIME;
        }
        if (v.contains("contract") || v.contains("freelance")) {
            return EmploymentType.CONTRACT;
        }
        if (v.contains("temp")) {
            return EmploymentType.TEMPORARY;
        }
        if (v.contains("intern") || v.contains("trainee") || v.contains("apprentice")) {
            return EmploymentType.INTERNSHIP;
        }
        if (v.contains("volunt")) {
            return EmploymentType.VOLUNTEER;
        }
        return v.isEmpty() ? null : EmploymentType.OTHER;
    }

    /** Work arrangement from "On-site", "onsite", "OnSite", "Remote OK", "Remote Solely", "hybrid", "TELECOMMUTE". */
    public static WorkArrangement arrangement(String value) {
        if (value == null) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (v.contains("remote") || v.contains("telecommute")) {
            return WorkArrangement.REMOTE;
        }
        if (v.contains("hybrid")) {
            return WorkArrangement.HYBRID;
        }
        if (v.contains("onsite") || v.contains("office")) {
            return WorkArrangement.ONSITE;
        }
        return null;
    }

    /** "2-5" years as months; "10+" as a minimum; anything else unknown. */
    public static ExperienceRange years(String level) {
        if (level == null) {
            return null;
        }
        Matcher m = YEARS_RANGE.matcher(level);
        if (!m.find()) {
            return null;
        }
        if (m.group(3) != null) {
            return new ExperienceRange(Integer.parseInt(m.group(3)) * 12, null);
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        return from <= to ? new ExperienceRange(from * 12, to * 12) : null;
    }

    /** The salary period of the providers' units ("YEAR", "per-year-salary", "1 YEAR", "HOUR", "monthly"). */
    public static String period(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.toUpperCase(Locale.ROOT);
        return u.contains("YEAR") || u.contains("ANNUAL") ? "YEAR" : u.contains("MONTH") ? "MONTH"
                : u.contains("HOUR") ? "HOUR" : null;
    }

    public static SalaryRange salary(BigDecimal min, BigDecimal max, String currency, String unit) {
        if (min == null && max == null) {
            return null;
        }
        return new SalaryRange(min, max, currency == null ? null : currency.strip().toUpperCase(Locale.ROOT), period(unit));
    }

    /** schema.org MonetaryAmount ({"currency", "value": {"minValue", "maxValue", "value", "unitText"}}). */
    public static SalaryRange monetaryAmount(JsonNode amount) {
        if (!amount.isObject()) {
            return null;
        }
        JsonNode value = amount.path("value");
        BigDecimal min = decimal(value.isObject() ? value.path("minValue") : value);
        BigDecimal max = decimal(value.isObject() ? value.path("maxValue") : value);
        if (value.isObject() && value.has("value")) {
            min = max = decimal(value.path("value"));
        }
        return salary(min, max, text(amount, "currency"), value.isObject() ? text(value, "unitText") : null);
    }
}
