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
import com.jobmatch.matching.domain.SkillRequirementKind;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Catalogue jobs in the matching contract's shape, a whole batch in two plain SQL queries (skill names come from
 * the knowledge snapshot's copy of the taxonomy). This is on the hot path of every ranking (the retrieved jobs are loaded
 * right after the vector search), so it reads only the columns a profile needs and skips entity hydration and the
 * persistence context; the catalogue's own views keep using the {@code Job} entity.
 */
@ApplicationScoped
public class JobProfileStore {

    private static final String JOBS = """
            SELECT id, external_id, title, company, description, min_experience_months, max_experience_months,
                   ai_experience_level, minimum_education, required_certifications, cities_derived[1] AS city, region,
                   country, latitude, longitude, ai_work_arrangement, ai_employment_type, ai_salary_minvalue,
                   ai_salary_maxvalue, ai_salary_currency, ai_salary_period, ai_taxonomies_a, collar_type,
                   ai_visa_sponsorship
            FROM jobs WHERE id = ANY (?)""";
    private static final String SKILLS = "SELECT job_id, skill_id, requirement, importance FROM job_skills WHERE job_id = ANY (?)";

    private final AgroalDataSource dataSource;
    private final KnowledgeStore knowledge;

    public JobProfileStore(AgroalDataSource dataSource, KnowledgeStore knowledge) {
        this.dataSource = dataSource;
        this.knowledge = knowledge;
    }

    public Optional<JobProfile> find(UUID jobId) {
        return Optional.ofNullable(load(List.of(jobId)).get(jobId));
    }

    /** The profiles of the given jobs, in the given order; unknown ids are left out. */
    public Map<UUID, JobProfile> load(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = List.copyOf(jobIds);
        try (Connection connection = dataSource.getConnection()) {
            Array idArray = connection.createArrayOf("uuid", ids.toArray());
            Map<UUID, Requirements> skills = skills(connection, idArray);
            Map<UUID, JobProfile> found = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(JOBS)) {
                query.setArray(1, idArray);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        UUID id = row.getObject("id", UUID.class);
                        found.put(id, profile(row, skills.getOrDefault(id, Requirements.NONE)));
                    }
                }
            }
            Map<UUID, JobProfile> ordered = new LinkedHashMap<>();
            ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
            return ordered;
        } catch (SQLException e) {
            throw new IllegalStateException("Loading job profiles failed", e);
        }
    }

    private record Requirements(List<SkillRequirement> required, List<SkillRequirement> preferred) {
        static final Requirements NONE = new Requirements(List.of(), List.of());
    }

    private Map<UUID, Requirements> skills(Connection connection, Array ids) throws SQLException {
        record Row(UUID jobId, UUID skillId, SkillRequirementKind kind, double importance) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SKILLS)) {
            query.setArray(1, ids);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getObject("job_id", UUID.class), row.getObject("skill_id", UUID.class),
                            SkillRequirementKind.valueOf(row.getString("requirement")), row.getBigDecimal("importance").doubleValue()));
                }
            }
        }
        // Named in memory from the knowledge snapshot: a join here made PostgreSQL plan one on every load.
        Map<UUID, KnowledgeStore.SkillName> names = knowledge.skillNames(rows.stream().map(Row::skillId).toList());
        rows.sort(Comparator.comparingDouble(Row::importance).reversed().thenComparing(r -> names.get(r.skillId()).slug()));
        Map<UUID, Requirements> byJob = new HashMap<>();
        for (Row row : rows) {
            KnowledgeStore.SkillName name = names.get(row.skillId());
            Requirements requirements = byJob.computeIfAbsent(row.jobId(), id -> new Requirements(new ArrayList<>(), new ArrayList<>()));
            (row.kind() == SkillRequirementKind.REQUIRED ? requirements.required() : requirements.preferred())
                    .add(new SkillRequirement(name.slug(), name.name(), name.category(), name.escoUri(), row.importance()));
        }
        return byJob;
    }

    private static JobProfile profile(ResultSet row, Requirements skills) throws SQLException {
        Integer minMonths = row.getObject("min_experience_months", Integer.class);
        Integer maxMonths = row.getObject("max_experience_months", Integer.class);
        ExperienceRange experience = minMonths == null && maxMonths == null ? null : new ExperienceRange(minMonths, maxMonths);
        var salaryMin = row.getBigDecimal("ai_salary_minvalue");
        var salaryMax = row.getBigDecimal("ai_salary_maxvalue");
        SalaryRange salary = salaryMin == null && salaryMax == null ? null
                : new SalaryRange(salaryMin, salaryMax, row.getString("ai_salary_currency"), row.getString("ai_salary_period"));
        String education = row.getString("minimum_education");
        String arrangement = row.getString("ai_work_arrangement");
        String collar = row.getString("collar_type");
        return new JobProfile(row.getObject("id", UUID.class), row.getString("external_id"), row.getString("title"),
                row.getString("company"), row.getString("description"), List.copyOf(skills.required()),
                List.copyOf(skills.preferred()), experience, row.getString("ai_experience_level"),
                education == null ? null : EducationLevel.valueOf(education), strings(row, "required_certifications"),
                new Location(row.getString("city"), row.getString("region"), row.getString("country"),
                        row.getObject("latitude", Double.class), row.getObject("longitude", Double.class)),
                arrangement == null ? null : WorkArrangement.valueOf(arrangement),
                strings(row, "ai_employment_type").stream().map(EmploymentType::valueOf).toList(), salary,
                strings(row, "ai_taxonomies_a"), collar == null ? null : CollarType.valueOf(collar),
                row.getObject("ai_visa_sponsorship", Boolean.class), minMonths != null);
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
