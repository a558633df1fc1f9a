package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Location;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.matching.scoring.EmbeddingCentre;
import com.jobmatch.matching.scoring.LocationCriterion;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Candidate jobs for one resume: the jobs nearest to it that pass the person's hard filters, nearest as
 * scoring measures it (the cosine of directions from the catalogue's stored centre, {@code jobs.centred_embedding},
 * V24). A selective filter would starve a plain HNSW scan (it stops after ef_search neighbours, most of them
 * filtered out), so the search uses pgvector 0.8's iterative scan (which keeps scanning until the list is full),
 * and an exact scan when that cannot fill the list.
 */
@ApplicationScoped
public class RetrievalStore {

    /**
     * A retrieved job, with its profile for scoring and its similarity to the candidate measured from the catalogue's
     * centre (what retrieval orders by and scoring uses, see {@link EmbeddingCentre}).
     */
    public record Retrieved(JobProfile job, double similarity) {

        public UUID jobId() {
            return job.jobId();
        }
    }

    /** How the candidates were found, for explanations and for the benchmark. */
    public enum Strategy { HNSW_ITERATIVE, EXACT }

    public record Retrieval(List<Retrieved> jobs, Strategy strategy) {
    }

    private final AgroalDataSource dataSource;
    private final EmbeddingCentreStore centres;
    private final JobProfileStore profiles;

    public RetrievalStore(AgroalDataSource dataSource, EmbeddingCentreStore centres, JobProfileStore profiles) {
        this.dataSource = dataSource;
        this.centres = centres;
        this.profiles = profiles;
    }

    /**
     * The nearest jobs passing the filters. The iterative HNSW scan answers almost every search; when it cannot
     * fill the list (few jobs pass the filters, or its scan budget ran out), an exact scan over the filtered
     * set answers instead, which is then both cheap and exact.
     */
    public Retrieval nearest(float[] embedding, HardFilters filters, int limit) {
        Filter filter = Filter.of(filters);
        List<Neighbour> approximate = search(embedding, filter, limit, Strategy.HNSW_ITERATIVE);
        return approximate.size() >= limit ? withProfiles(approximate, Strategy.HNSW_ITERATIVE)
                : withProfiles(search(embedding, filter, limit, Strategy.EXACT), Strategy.EXACT);
    }

    /** Search with a forced strategy (the benchmark compares them on the same data). */
    public Retrieval nearest(float[] embedding, HardFilters filters, int limit, Strategy strategy) {
        return withProfiles(search(embedding, Filter.of(filters), limit, strategy), strategy);
    }

    /** Jobs passing the filters when there is no candidate embedding: the most recently discovered first. */
    public List<UUID> newest(HardFilters filters, int limit) {
        Filter filter = Filter.of(filters);
        String sql = "SELECT id FROM jobs WHERE " + filter.where(false) + " ORDER BY discovered_at DESC, id LIMIT ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = filter.bind(statement, 1);
            statement.setInt(next, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Job retrieval failed", e);
        }
    }

    /** The similarity of one job's embedding to the given one; empty when the job has no embedding. */
    public Optional<Double> similarity(UUID jobId, float[] embedding) {
        EmbeddingCentre centre = centres.current();
        if (centre == EmbeddingCentre.NONE) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 - (centred_embedding <=> ?::vector) FROM jobs WHERE id = ? AND centred_embedding IS NOT NULL")) {
            bindVector(statement, 1, toLiteral(centre.direction(embedding)));
            statement.setObject(2, jobId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getDouble(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Job similarity failed", e);
        }
    }

    /** A job's stored embedding, if it has one. */
    public Optional<float[]> embeddingOf(UUID jobId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT embedding::text FROM jobs WHERE id = ? AND embedding IS NOT NULL")) {
            statement.setObject(1, jobId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(fromLiteral(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Job embedding unreadable", e);
        }
    }

    static float[] fromLiteral(String literal) {
        String[] parts = literal.substring(1, literal.length() - 1).split(",");
        float[] vector = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            vector[i] = Float.parseFloat(parts[i]);
        }
        return vector;
    }

    /** A job the search found: its id, the version it read, and its similarity to the candidate. */
    private record Neighbour(UUID jobId, Instant version, double similarity) {
    }

    /**
     * The search reads only ids, versions and distances; the profiles are attached ({@link #withProfiles}) once the
     * strategy is settled and the connection is back in the pool.
     */
    private List<Neighbour> search(float[] embedding, Filter filter, int limit, Strategy strategy) {
        EmbeddingCentre centre = centres.current();
        if (centre == EmbeddingCentre.NONE) {
            return List.of();
        }
        // hnsw.iterative_scan and hnsw.ef_search are set once per connection (quarkus.datasource.jdbc.new-connection-sql),
        // which saves two round trips and a transaction per search. Ordered by "distance + 0", an expression the HNSW
        // index cannot serve, the same query is a true exact scan. The limit is written into the SQL: as a parameter
        // it leaves the generic plan guessing (measured 10 % slower).
        String sql = "SELECT id, updated_at, distance FROM (SELECT id, updated_at, centred_embedding <=> ?::vector AS distance "
                + "FROM jobs WHERE " + filter.where(true) + ") j ORDER BY "
                + (strategy == Strategy.EXACT ? "distance + 0" : "distance") + " LIMIT " + limit;
        List<Neighbour> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bindVector(statement, 1, toLiteral(centre.direction(embedding)));
            filter.bind(statement, 2);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new Neighbour(rs.getObject("id", UUID.class), rs.getTimestamp("updated_at").toInstant(),
                            1 - rs.getDouble("distance")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Job retrieval failed", e);
        }
    }

    /** The neighbours with the profiles of the job versions the search read (from {@link JobProfileStore}). */
    private Retrieval withProfiles(List<Neighbour> found, Strategy strategy) {
        Map<UUID, Instant> versions = new LinkedHashMap<>();
        Map<UUID, Double> similarity = new HashMap<>();
        found.forEach(n -> {
            versions.put(n.jobId(), n.version());
            similarity.put(n.jobId(), n.similarity());
        });
        List<Retrieved> jobs = new ArrayList<>();
        profiles.load(versions).forEach((id, profile) -> jobs.add(new Retrieved(profile, similarity.get(id))));
        // relaxed_order may return neighbours slightly out of order.
        jobs.sort(Comparator.comparingDouble(Retrieved::similarity).reversed().thenComparing(Retrieved::jobId));
        return new Retrieval(jobs, strategy);
    }

    /**
     * A vector literal bound as an untyped parameter, so that the server takes it as the vector the SQL casts it to.
     * Bound as text (setString) it would stay text, and in the prepared (generic) plan the driver switches to after
     * a few runs, the cast would be evaluated again for every row whose distance the query computes.
     */
    private static void bindVector(PreparedStatement statement, int index, String literal) throws SQLException {
        statement.setObject(index, literal, Types.OTHER);
    }

    public static String toLiteral(float[] vector) {
        StringBuilder literal = new StringBuilder(vector.length * 10).append('[');
        for (int i = 0; i < vector.length; i++) {
            literal.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return literal.append(']').toString();
    }

    /** The hard filters as SQL with their bound values, in order. */
    private record Filter(String sql, List<Object> values) {

        private static final String DISTANCE_KM = "2 * 6371 * asin(sqrt(power(sin(radians(latitude - ?) / 2), 2)"
                + " + cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2)))";
        /** A posting's country written as the forms of {@link LocationCriterion#countriesElsewhere} are. */
        private static final String WRITTEN_COUNTRY = "lower(btrim(replace(country, '.', '')))";
        private static final String WRITTEN_REGION = "lower(btrim(replace(region, '.', '')))";

        static Filter of(HardFilters filters) {
            // Closed jobs (gone from their source, or expired) are never matched again; a private job (one a person
            // brought) is a candidate for that person only.
            StringBuilder sql = new StringBuilder("""
                    closed_at IS NULL AND (owner_user_id IS NULL OR owner_user_id = ?)
                    AND id NOT IN (SELECT job_id FROM matching_metadata.user_job_interactions
                                   WHERE user_id = ? AND interaction_type = 'DISMISSED')""");
            List<Object> values = new ArrayList<>(List.of(filters.userId(), filters.userId()));
            boolean unknown = filters.retrievesUnknown();
            if (!filters.excludedCompanies().isEmpty()) {
                sql.append(" AND lower(company) <> ALL(?)");
                values.add(filters.excludedCompanies().toArray(String[]::new));
            }
            if (!filters.employmentTypes().isEmpty()) {
                sql.append(unknown ? " AND (cardinality(ai_employment_type) = 0 OR ai_employment_type && ?)"
                        : " AND ai_employment_type && ?");
                values.add(filters.employmentTypes().stream().map(Enum::name).sorted().toArray(String[]::new));
            }
            if (!filters.arrangements().isEmpty()) {
                sql.append(unknown ? " AND (ai_work_arrangement IS NULL OR ai_work_arrangement = ANY(?))"
                        : " AND ai_work_arrangement = ANY(?)");
                values.add(filters.arrangements().stream().map(Enum::name).sorted().toArray(String[]::new));
            }
            if (filters.needsVisaSponsorship()) {
                sql.append(unknown ? " AND ai_visa_sponsorship IS DISTINCT FROM false" : " AND ai_visa_sponsorship");
            }
            if (!filters.places().isEmpty() && !filters.onlyRemote()) {
                sql.append(unknown ? " AND (ai_work_arrangement = 'REMOTE' OR (cardinality(cities_derived) = 0 AND latitude IS NULL)"
                        : " AND (ai_work_arrangement = 'REMOTE'");
                for (PreferredLocation place : filters.places()) {
                    Location where = place.location();
                    if (HardFilters.hasCoordinates(where)) {
                        sql.append(" OR (latitude IS NOT NULL AND ").append(DISTANCE_KM).append(" <= ?)");
                        values.addAll(List.of(where.latitude(), where.latitude(), where.longitude(),
                                (double) HardFilters.radiusKm(place)));
                    }
                    if (where.city() != null) {
                        sql.append(" OR (EXISTS (SELECT 1 FROM unnest(cities_derived) AS c WHERE lower(c) = ?)");
                        values.add(where.city().strip().toLowerCase(java.util.Locale.ROOT));
                        // a city of this place's name in another country is another place
                        Set<String> elsewhere = LocationCriterion.countriesElsewhere(List.of(place));
                        if (!elsewhere.isEmpty()) {
                            sql.append(" AND coalesce(").append(WRITTEN_COUNTRY).append(", '') <> ALL(?)");
                            values.add(elsewhere.stream().sorted().toArray(String[]::new));
                        }
                        // and so is one of this name in another state: Portland, OR for Portland, ME
                        Set<String> otherRegions = LocationCriterion.regionsElsewhere(place);
                        if (!otherRegions.isEmpty()) {
                            sql.append(" AND coalesce(").append(WRITTEN_REGION).append(", '') <> ALL(?)");
                            values.add(otherRegions.stream().sorted().toArray(String[]::new));
                        }
                        sql.append(')');
                    }
                }
                sql.append(')');
            }
            Set<String> closed = filters.remoteCountriesOutOfReach();
            if (!closed.isEmpty()) {
                // coalesce: a job whose arrangement or country is unknown is not known to be closed, and must not
                // drop out as a NULL comparison would make it.
                sql.append(" AND NOT (coalesce(ai_work_arrangement, '') = 'REMOTE' AND coalesce(")
                        .append(WRITTEN_COUNTRY).append(", '') = ANY(?))");
                values.add(closed.stream().sorted().toArray(String[]::new));
            }
            return new Filter(sql.toString(), values);
        }

        String where(boolean needsEmbedding) {
            return (needsEmbedding ? "centred_embedding IS NOT NULL AND " : "") + sql;
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object value : values) {
                if (value instanceof String[] array) {
                    statement.setArray(index++, statement.getConnection().createArrayOf("text", array));
                } else {
                    statement.setObject(index++, value);
                }
            }
            return index;
        }
    }
}
