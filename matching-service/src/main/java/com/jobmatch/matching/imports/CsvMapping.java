package com.jobmatch.matching.imports;

import com.jobmatch.common.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which CSV column feeds which posting field. Presets cover the public LinkedIn 2018 and Glassdoor 2019 exports
 * as they are; any other layout is described with {@code field=Column header} pairs.
 *
 * @param missingValue    a cell value that means "no value" (Glassdoor writes -1)
 * @param requiredFields  fields whose column must be in the header; a preset's other columns are optional
 *                        (LinkedIn's files differ: some have an id column, some an industry column)
 */
public record CsvMapping(Map<String, String> columns, String missingValue, Set<String> requiredFields) {

    public static final Set<String> FIELDS = Set.of("externalId", "title", "company", "location", "description", "url",
            "postedAt", "employmentType", "workArrangement", "experienceLevel", "industry", "sector", "salaryEstimate",
            "salaryMin", "salaryMax", "salaryCurrency", "skills");

    private static final Set<String> PRESET_REQUIRED = Set.of("title", "company", "description");

    private static final Map<String, CsvMapping> PRESETS = Map.of(
            "linkedin-2018", new CsvMapping(ordered("externalId", "id", "title", "title", "company", "company",
                    "location", "location", "description", "description", "industry", "industry",
                    "experienceLevel", "seniority", "employmentType", "employment_type"), null, PRESET_REQUIRED),
            "glassdoor-2019", new CsvMapping(ordered("title", "Job Title", "salaryEstimate", "Salary Estimate",
                    "description", "Job Description", "company", "Company Name", "location", "Location",
                    "industry", "Industry", "sector", "Sector"), "-1", PRESET_REQUIRED));

    public CsvMapping {
        columns = Map.copyOf(columns);
        requiredFields = Set.copyOf(requiredFields);
    }

    public static CsvMapping of(String preset, List<String> columnSpecs) {
        if (columnSpecs != null && !columnSpecs.isEmpty()) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String spec : columnSpecs) {
                int eq = spec.indexOf('=');
                String field = eq < 0 ? spec : spec.substring(0, eq).strip();
                if (eq < 0 || !FIELDS.contains(field) || spec.substring(eq + 1).isBlank()) {
                    throw ProblemException.invalidField("column",
                            "'" + spec + "' is not field=Column header with a field among " + FIELDS);
                }
                columns.put(field, spec.substring(eq + 1).strip());
            }
            return new CsvMapping(columns, null, columns.keySet());
        }
        CsvMapping mapping = PRESETS.get(preset == null ? "" : preset);
        if (mapping == null) {
            throw ProblemException.invalidField("preset", "must be one of " + PRESETS.keySet() + ", or give column=field=Header pairs");
        }
        return mapping;
    }


    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
