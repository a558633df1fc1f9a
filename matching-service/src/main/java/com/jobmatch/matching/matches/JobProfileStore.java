package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.ExperienceRange;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.SkillRequirementKind;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobmatch.matching.config.RankingConfig;
import com.jobmatch.matching.knowledge.KnowledgeStore;
import com.jobmatch.matching.scoring.PostingOccupation;
import com.jobmatch.matching.scoring.PostingOccupationStore;
import com.jobmatch.matching.scoring.ScoringInput;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
 * Catalogue jobs in the matching contract's shape, read with plain SQL: the job's columns and its skills (as arrays
 * from a lateral aggregate) in one query, skill names from the knowledge snapshot's copy of the taxonomy. Every
 * ranking scores a hundred jobs, so the profiles read for scoring are kept in memory per job version
 * ({@code updated_at}, which every change to a job or its skills moves) and per taxonomy snapshot; a ranking then
 * reads from the database only the jobs it has not seen in their current version. Each profile goes with the stored
 * reading of its job's occupation ({@link #occupationOf}), read in the same query, so that a ranking scores every job
 * on the same reading as its explanation without reading descriptions or embeddings. The catalogue's own views keep
 * using the {@code Job} entity.
 */
@ApplicationScoped
public class JobProfileStore {

    /**
     * What scoring reads of a job (alias {@code j}). Not the description: scoring never reads it, and for a ranking's
     * hundred jobs it would be most of the bytes; {@link #find} adds it for the readers of one job.
     */
    private static final String COLUMNS = """
            j.id, j.updated_at, j.external_id, j.title, j.company, j.min_experience_months, j.max_experience_months,
            j.ai_experience_level, j.minimum_education, j.required_certifications, j.cities_derived[1] AS city, j.region,
            j.country, j.latitude, j.longitude, j.ai_work_arrangement, j.ai_employment_type, j.ai_salary_minvalue,
            j.ai_salary_maxvalue, j.ai_salary_currency, j.ai_salary_period, j.ai_taxonomies_a, j.collar_type,
            j.ai_visa_sponsorship, j.unread_key_skills, s.skill_ids, s.skill_kinds, s.skill_importances, o.source AS occupation_source,
            o.isco AS occupation_isco, o.label AS occupation_label""";
    private static final String SKILLS = """
            LEFT JOIN LATERAL (SELECT array_agg(skill_id) AS skill_ids, array_agg(requirement) AS skill_kinds,
                                      array_agg(importance) AS skill_importances
                               FROM job_skills WHERE job_id = j.id) s ON true
            LEFT JOIN job_occupations o ON o.job_id = j.id AND o.content_hash = j.content_hash""";
    private static final String LOAD = "SELECT " + COLUMNS + " FROM jobs j " + SKILLS + " WHERE j.id = ANY (?)";
    private static final String FIND = "SELECT " + COLUMNS + ", j.description FROM jobs j " + SKILLS + " WHERE j.id = ?";

    /** A profile as read at one version of its job, named with one taxonomy snapshot. */
    private record Versioned(Instant version, Map<UUID, KnowledgeStore.SkillName> names, JobProfile profile) {
    }

    private final AgroalDataSource dataSource;
    private final KnowledgeStore knowledge;
    private final PostingOccupationStore occupations;
    private final Cache<UUID, Versioned> profiles;
    /**
     * The occupation reading of each profile this store gave out, by profile instance (weak keys compare by identity):
     * the contract's profile has no place for it, and it must go with the very version of the job it was read for.
     */
    private final Cache<JobProfile, PostingOccupation> readings = Caffeine.newBuilder().weakKeys().build();

    public JobProfileStore(AgroalDataSource dataSource, KnowledgeStore knowledge, PostingOccupationStore occupations,
                           RankingConfig config) {
        this.dataSource = dataSource;
        this.knowledge = knowledge;
        this.occupations = occupations;
        this.profiles = Caffeine.newBuilder().maximumSize(config.retrieval().cachedProfiles()).build();
    }

    /**
     * The stored occupation reading of a profile this store loaded ({@link PostingOccupation}), what every score of the
     * job reads; null for a profile from elsewhere, which {@link ScoringInput} then reads from what it carries.
     */
    public PostingOccupation occupationOf(JobProfile job) {
        return readings.getIfPresent(job);
    }

    /** One job's profile, with its description (deep analysis and recruiters show it). */
    public Optional<JobProfile> find(UUID jobId) {
        Versioned found = null;
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(FIND)) {
            query.setObject(1, jobId);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    found = read(row, row.getString("description"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading a job profile failed", e);
        }
        if (found == null) {
            return Optional.empty();
        }
        readUnread(List.of(found));
        return Optional.of(found.profile());
    }

    /** The profiles of the given jobs for scoring (no description), in the given order; unknown ids are left out. */
    public Map<UUID, JobProfile> load(Collection<UUID> jobIds) {
        Map<UUID, Versioned> found = read(jobIds);
        Map<UUID, JobProfile> ordered = new LinkedHashMap<>();
        jobIds.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id).profile()));
        return ordered;
    }

    /**
     * The profiles of these jobs at the given versions (as a search just read them), in the given order: from memory
     * where the version is the current one, the rest in one query. A job gone meanwhile is left out.
     */
    public Map<UUID, JobProfile> load(Map<UUID, Instant> versions) {
        Map<UUID, KnowledgeStore.SkillName> names = knowledge.skillNames();
        Map<UUID, JobProfile> known = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        versions.forEach((id, version) -> {
            Versioned kept = profiles.getIfPresent(id);
            if (kept != null && kept.version().equals(version) && kept.names() == names) {
                known.put(id, kept.profile());
            } else {
                missing.add(id);
            }
        });
        read(missing).forEach((id, read) -> known.put(id, read.profile()));
        Map<UUID, JobProfile> ordered = new LinkedHashMap<>();
        versions.keySet().stream().filter(known::containsKey).forEach(id -> ordered.put(id, known.get(id)));
        return ordered;
    }

    /** Reads these jobs from the database and keeps what it read. */
    private Map<UUID, Versioned> read(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Versioned> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(LOAD)) {
            query.setArray(1, connection.createArrayOf("uuid", jobIds.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Versioned read = read(row, null);
                    found.put(read.profile().jobId(), read);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading job profiles failed", e);
        }
        readUnread(found.values());
        found.values().forEach(read -> profiles.put(read.profile().jobId(), read));
        return found;
    }

    private Versioned read(ResultSet row, String description) throws SQLException {
        Requirements skills = requirements(row);
        // After requirements(), which re-reads the names when a skill is newer than them.
        Versioned read = new Versioned(row.getTimestamp("updated_at").toInstant(), knowledge.skillNames(),
                profile(row, description, skills));
        PostingOccupation stored = PostingOccupationStore.stored(row);
        if (stored != null) {
            readings.put(read.profile(), stored);
        }
        return read;
    }

    /**
     * Reads the occupation of the loaded jobs that have no reading of their current text yet (enriched before there
     * were readings, or written straight to the table), in one query for all of them, and keeps it: from then on the
     * job is read like any other. Never more than once per version of a job's text.
     */
    private void readUnread(Collection<Versioned> loaded) {
        Map<UUID, JobProfile> unread = new HashMap<>();
        loaded.stream().map(Versioned::profile).filter(profile -> readings.getIfPresent(profile) == null)
                .forEach(profile -> unread.put(profile.jobId(), profile));
        occupations.readAndKeep(unread.keySet()).forEach((id, reading) -> readings.put(unread.get(id), reading));
    }

    private record Requirements(List<SkillRequirement> required, List<SkillRequirement> preferred) {
    }

    private record Row(UUID skillId, SkillRequirementKind kind, double importance) {
    }

    private Requirements requirements(ResultSet row) throws SQLException {
        Array ids = row.getArray("skill_ids");
        if (ids == null) {
            return new Requirements(List.of(), List.of());
        }
        UUID[] skillIds = (UUID[]) ids.getArray();
        String[] kinds = (String[]) row.getArray("skill_kinds").getArray();
        BigDecimal[] importances = (BigDecimal[]) row.getArray("skill_importances").getArray();
        List<Row> rows = new ArrayList<>(skillIds.length);
        for (int i = 0; i < skillIds.length; i++) {
            rows.add(new Row(skillIds[i], SkillRequirementKind.valueOf(kinds[i]), importances[i].doubleValue()));
        }
        // Named in memory from the knowledge snapshot: a join here made PostgreSQL plan one on every load.
        Map<UUID, KnowledgeStore.SkillName> current = knowledge.skillNames();
        Map<UUID, KnowledgeStore.SkillName> named = rows.stream().map(Row::skillId).allMatch(current::containsKey)
                ? current : knowledge.reloadSkillNames();
        rows.sort(Comparator.comparingDouble(Row::importance).reversed().thenComparing(r -> named.get(r.skillId()).slug()));
        List<SkillRequirement> required = new ArrayList<>();
        List<SkillRequirement> preferred = new ArrayList<>();
        for (Row r : rows) {
            KnowledgeStore.SkillName name = named.get(r.skillId());
            (r.kind() == SkillRequirementKind.REQUIRED ? required : preferred)
                    .add(new SkillRequirement(name.slug(), name.name(), name.category(), name.escoUri(), r.importance()));
        }
        return new Requirements(List.copyOf(required), List.copyOf(preferred));
    }

    private static JobProfile profile(ResultSet row, String description, Requirements skills) throws SQLException {
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
                row.getString("company"), description, skills.required(), skills.preferred(), experience, row.getString("ai_experience_level"),
                education == null ? null : EducationLevel.valueOf(education), strings(row, "required_certifications"),
                new Location(row.getString("city"), row.getString("region"), row.getString("country"),
                        row.getObject("latitude", Double.class), row.getObject("longitude", Double.class)),
                arrangement == null ? null : WorkArrangement.valueOf(arrangement),
                strings(row, "ai_employment_type").stream().map(EmploymentType::valueOf).toList(), salary,
                strings(row, "ai_taxonomies_a"), collar == null ? null : CollarType.valueOf(collar),
                row.getObject("ai_visa_sponsorship", Boolean.class), minMonths != null, strings(row, "unread_key_skills"));
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
