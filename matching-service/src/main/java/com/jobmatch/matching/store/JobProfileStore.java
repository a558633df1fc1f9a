package com.jobmatch.matching.store;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.contract.model.WorkArrangement;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs of the catalogue in the matching contract's shape, read in one round trip per batch. Normalized skills
 * come from job_skills; a job not enriched yet falls back to its extracted key skills (by name).
 */
@ApplicationScoped
public class JobProfileStore {

    private final AgroalDataSource dataSource;

    public JobProfileStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<JobProfile> find(UUID jobId) {
        return Optional.ofNullable(load(List.of(jobId)).get(jobId));
    }

    /** The profiles of the given jobs, in the given order; unknown ids are left out. */
    public Map<UUID, JobProfile> load(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            Array ids = connection.createArrayOf("uuid", jobIds.toArray());
            Map<UUID, List<SkillRequirement>> required = new HashMap<>();
            Map<UUID, List<SkillRequirement>> preferred = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT js.job_id, js.requirement, js.importance, t.slug, t.canonical_name, t.category, t.esco_uri
                    FROM job_skills js JOIN matching_metadata.skills_taxonomy t ON t.id = js.skill_id
                    WHERE js.job_id = ANY(?) ORDER BY js.job_id, js.importance DESC, t.slug""")) {
                statement.setArray(1, ids);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        var skill = new SkillRequirement(rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getDouble(3));
                        var target = "REQUIRED".equals(rs.getString(2)) ? required : preferred;
                        target.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(skill);
                    }
                }
            }
            Map<UUID, JobProfile> found = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT id, external_id, title, company, description, ai_key_skills, min_experience_months,
                           max_experience_months, ai_experience_level, minimum_education, required_certifications,
                           cities_derived, region, country, latitude, longitude, ai_work_arrangement,
                           ai_employment_type, ai_salary_minvalue, ai_salary_maxvalue, ai_salary_currency,
                           ai_salary_period, ai_taxonomies_a, collar_type, ai_visa_sponsorship, min_experience_is_hard
                    FROM jobs WHERE id = ANY(?)""")) {
                statement.setArray(1, ids);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject("id", UUID.class);
                        List<SkillRequirement> mustHave = required.get(id);
                        if (mustHave == null && !preferred.containsKey(id)) {
                            mustHave = strings(rs, "ai_key_skills").stream()
                                    .map(name -> new SkillRequirement(null, name, null, null, 1.0)).toList();
                        }
                        found.put(id, profile(rs, id, mustHave, preferred.getOrDefault(id, List.of())));
                    }
                }
            }
            Map<UUID, JobProfile> ordered = new LinkedHashMap<>();
            jobIds.forEach(id -> Optional.ofNullable(found.get(id)).ifPresent(p -> ordered.put(id, p)));
            return ordered;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read job profiles", e);
        }
    }

    private static JobProfile profile(ResultSet rs, UUID id, List<SkillRequirement> required,
                                      List<SkillRequirement> preferred) throws SQLException {
        List<String> cities = strings(rs, "cities_derived");
        Location location = new Location(cities.isEmpty() ? null : cities.getFirst(), rs.getString("region"),
                rs.getString("country"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class));
        boolean noPlace = location.city() == null && location.region() == null && location.country() == null
                && location.latitude() == null;
        Integer min = rs.getObject("min_experience_months", Integer.class);
        Integer max = rs.getObject("max_experience_months", Integer.class);
        var salary = rs.getBigDecimal("ai_salary_minvalue") == null && rs.getBigDecimal("ai_salary_maxvalue") == null
                ? null : new SalaryRange(rs.getBigDecimal("ai_salary_minvalue"), rs.getBigDecimal("ai_salary_maxvalue"),
                rs.getString("ai_salary_currency"), rs.getString("ai_salary_period"));
        return new JobProfile(id, rs.getString("external_id"), rs.getString("title"), rs.getString("company"),
                rs.getString("description"), required, preferred,
                min == null && max == null ? null : new ExperienceRange(min, max), rs.getString("ai_experience_level"),
                enumOf(EducationLevel.class, rs.getString("minimum_education")),
                strings(rs, "required_certifications"), noPlace ? null : location,
                enumOf(WorkArrangement.class, rs.getString("ai_work_arrangement")),
                strings(rs, "ai_employment_type").stream().map(t -> enumOf(EmploymentType.class, t))
                        .filter(t -> t != null).toList(),
                salary, strings(rs, "ai_taxonomies_a"), enumOf(CollarType.class, rs.getString("collar_type")),
                rs.getObject("ai_visa_sponsorship", Boolean.class), rs.getBoolean("min_experience_is_hard"));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
