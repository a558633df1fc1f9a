package com.jobmatch.matching.imports;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.catalogue.PostingFingerprints;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads CSV with a header row through a {@link CsvMapping}. Row numbers count data rows from 1. */
@ApplicationScoped
public class CsvPostingReader {

    /** "$137K-$171K (Glassdoor est.)", "$17-$24 Per Hour(Glassdoor est.)". */
    private static final Pattern SALARY_ESTIMATE =
            Pattern.compile("\\$(\\d+(?:\\.\\d+)?)(K?)\\s*-\\s*\\$(\\d+(?:\\.\\d+)?)(K?)(.*)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, WorkArrangement> ARRANGEMENTS = Map.of("remote", WorkArrangement.REMOTE,
            "hybrid", WorkArrangement.HYBRID, "onsite", WorkArrangement.ONSITE, "on-site", WorkArrangement.ONSITE);

    public List<ParsedRow> read(String body, CsvMapping mapping, String source) {
        List<ParsedRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setTrim(true).get().parse(new StringReader(body))) {
            List<String> header = parser.getHeaderNames();
            mapping.columns().forEach((field, column) -> {
                if (!header.contains(column) && mapping.requiredFields().contains(field)) {
                    throw ProblemException.invalidField("column", "'" + column + "' (for " + field + ") is not in the header row");
                }
            });
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber();
                try {
                    rows.add(ParsedRow.of(row, posting(new Cells(record, mapping), source)));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    rows.add(ParsedRow.unreadable(row, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Our words, not commons-csv's: its message names its own classes and internals.
            throw ProblemException.invalidField("body", "malformed CSV after data row " + rows.size()
                    + ": a quoted field is not closed, or a character follows its closing quote");
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalidField("body", "has no data rows");
        }
        return rows;
    }

    private static JobPosting posting(Cells c, String source) {
        String title = c.get("title");
        String company = firstLine(c.get("company"));
        String location = c.get("location");
        String description = c.get("description");
        String externalId = c.get("externalId");
        if (externalId == null) {
            // No id column: the row's content identifies the posting, so re-importing the same file changes
            // nothing; rows that differ in any mapped cell are different postings (clustered if near-duplicates).
            externalId = source + ":" + PostingFingerprints.sha256(c.signature()).substring(0, 24);
        }
        List<String> industries = new ArrayList<>();
        industries.addAll(split(c.get("industry")));
        industries.addAll(split(c.get("sector")).stream().filter(s -> !industries.contains(s)).toList());
        String city = location == null ? null : location.split(",")[0].strip();
        return new JobPosting(externalId, title, company, location, description, c.get("url"), source,
                date(c.get("postedAt")), split(c.get("employmentType")).stream().map(CsvPostingReader::employmentType).toList(),
                arrangement(c.get("workArrangement")), c.get("experienceLevel"), split(c.get("skills")), List.of(), null,
                null, null, List.of(), salary(c), industries, location == null ? List.of() : List.of(location),
                city == null || city.isEmpty() ? List.of() : List.of(city), null, null, null, null, null, null, null,
                null, null, List.of(), null);
    }

    static EmploymentType employmentType(String text) {
        String t = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("(^_|_$)", "");
        return switch (t) {
            case "FULL_TIME", "FULLTIME" -> EmploymentType.FULL_TIME;
            case "PART_TIME", "PARTTIME" -> EmploymentType.PART_TIME;
            case "CONTRACT", "CONTRACTOR" -> EmploymentType.CONTRACT;
            case "TEMPORARY", "TEMP" -> EmploymentType.TEMPORARY;
            case "INTERNSHIP", "INTERN" -> EmploymentType.INTERNSHIP;
            case "VOLUNTEER" -> EmploymentType.VOLUNTEER;
            default -> EmploymentType.OTHER;
        };
    }

    private static SalaryRange salary(Cells c) {
        String estimate = c.get("salaryEstimate");
        if (estimate != null) {
            Matcher m = SALARY_ESTIMATE.matcher(estimate);
            if (!m.matches()) {
                throw new IllegalArgumentException("salaryEstimate: '" + estimate + "' is not like $80K-$120K");
            }
            boolean hourly = m.group(5).toLowerCase(Locale.ROOT).contains("hour");
            return new SalaryRange(amount(m.group(1), m.group(2)), amount(m.group(3), m.group(4)), "USD", hourly ? "HOUR" : "YEAR");
        }
        BigDecimal min = number("salaryMin", c.get("salaryMin"));
        BigDecimal max = number("salaryMax", c.get("salaryMax"));
        return min == null && max == null ? null : new SalaryRange(min, max, c.get("salaryCurrency"), "YEAR");
    }

    private static BigDecimal amount(String digits, String thousands) {
        BigDecimal value = new BigDecimal(digits);
        return thousands.isEmpty() ? value : value.multiply(BigDecimal.valueOf(1000));
    }

    private static BigDecimal number(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a number");
        }
    }

    private static WorkArrangement arrangement(String text) {
        if (text == null) {
            return null;
        }
        WorkArrangement a = ARRANGEMENTS.get(text.toLowerCase(Locale.ROOT).strip());
        if (a == null) {
            throw new IllegalArgumentException("workArrangement: '" + text + "' is not remote, hybrid or onsite");
        }
        return a;
    }

    private static OffsetDateTime date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("postedAt: '" + text + "' is not an ISO date");
        }
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String firstLine(String text) {
        return text == null ? null : text.lines().findFirst().orElse("").strip();
    }

    private static String nullSafe(String s) {
        return s == null ? "" : s;
    }

    /** The mapped cells of one record, with empty and "missing" markers read as absent. */
    private record Cells(CSVRecord record, CsvMapping mapping) {
        String signature() {
            return mapping.columns().keySet().stream().sorted().map(field -> field + "=" + nullSafe(get(field)))
                    .collect(Collectors.joining("\u0000"));
        }

        String get(String field) {
            String column = mapping.columns().get(field);
            if (column == null || !record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            return value == null || value.isBlank() || value.equals(mapping.missingValue()) ? null : value;
        }
    }
}
