package com.jobmatch.matching.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.matches.RetrievalStore;
import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** Writes catalogue rows straight to the test database and stubs the other services' answers. */
public final class Catalogue {

    public static final int DIMENSION = 384;
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final AgroalDataSource dataSource;

    public Catalogue(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A unit vector mostly along {@code axis}, leaning towards {@code lean} by {@code amount}. */
    public static float[] vector(int axis, int lean, double amount) {
        float[] v = new float[DIMENSION];
        v[axis] = (float) Math.sqrt(1 - amount * amount);
        v[lean] += (float) amount;
        return v;
    }

    public void clear() {
        execute("TRUNCATE jobs, match_recompute_queue, match_reach, applications, notifications CASCADE");
    }

    public void skill(String slug, String name, String... aliases) {
        execute("INSERT INTO matching_metadata.skills_taxonomy (slug, skill_name, canonical_name, category, source) "
                + "VALUES ('%s', '%s', '%s', 'technology', 'test') ON CONFLICT DO NOTHING".formatted(slug, name, name));
        for (String alias : aliases) {
            execute("INSERT INTO matching_metadata.skill_aliases (alias, skill_id) SELECT '%s', id "
                    + "FROM matching_metadata.skills_taxonomy WHERE slug = '%s' ON CONFLICT DO NOTHING".formatted(alias, slug));
        }
    }

    public void similarity(String a, String b, double similarity) {
        execute(("INSERT INTO matching_metadata.skill_similarity (skill_a_id, skill_b_id, co_occurrence_count, "
                + "jaccard_similarity, confidence_score) SELECT a.id, b.id, 10, %s, 0.9 FROM "
                + "matching_metadata.skills_taxonomy a, matching_metadata.skills_taxonomy b "
                + "WHERE a.slug = '%s' AND b.slug = '%s'").formatted(similarity, a, b));
    }

    /** A job: title, company, city, arrangement, collar, embedding; required and preferred skill slugs. */
    public UUID job(String title, String company, String city, String arrangement, float[] embedding,
                    String[] required, String[] preferred) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO jobs (external_id, title, company, description, source, content_hash, ai_work_arrangement,
                                  cities_derived, country, min_experience_months, max_experience_months,
                                  minimum_education, ai_taxonomies_a, collar_type, collar_reason, embedding)
                VALUES (?, ?, ?, ?, 'test', 'h', ?, ?, 'DE', 24, 72, 'BACHELOR', '{software}', 'WHITE', 'test', ?::vector)
                RETURNING id""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, title);
            insert.setString(3, company);
            insert.setString(4, title + " at " + company);
            insert.setString(5, arrangement);
            insert.setArray(6, connection.createArrayOf("text", city == null ? new String[0] : new String[] {city}));
            insert.setString(7, embedding == null ? null : RetrievalStore.toLiteral(embedding));
            UUID id;
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getObject(1, UUID.class);
            }
            for (String slug : required) {
                jobSkill(connection, id, slug, "REQUIRED");
            }
            for (String slug : preferred) {
                jobSkill(connection, id, slug, "PREFERRED");
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void jobSkill(Connection connection, UUID job, String slug, String requirement) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO job_skills (job_id, skill_id, requirement) "
                + "SELECT ?, id, ? FROM matching_metadata.skills_taxonomy WHERE slug = ?")) {
            statement.setObject(1, job);
            statement.setString(2, requirement);
            statement.setString(3, slug);
            statement.executeUpdate();
        }
    }

    public long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static final List<StubMapping> STUBS = new ArrayList<>();

    /** Removes the stubs this helper added, leaving the shared defaults of {@link FakeServices}. */
    public static void removeStubs() {
        STUBS.forEach(FakeServices.server()::removeStub);
        STUBS.clear();
    }

    private static void stub(MappingBuilder mapping) {
        STUBS.add(FakeServices.server().stubFor(mapping));
    }

    public static void stubProfile(UUID resumeId, Object profile) {
        stub(get(urlEqualTo("/internal/resumes/" + resumeId + "/candidate-profile"))
                .willReturn(json(profile)));
    }

    /** resume-service's answer for a resume that has no data yet (still being parsed). */
    public static void stubProfileNotReady(UUID resumeId) {
        stub(get(urlEqualTo("/internal/resumes/" + resumeId + "/candidate-profile"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Conflict\",\"status\":409,\"detail\":\"The resume has no data yet (status parsing)\"}")));
    }

    public static void stubPreferences(UUID userId, Object preferences) {
        stub(get(urlEqualTo("/internal/users/" + userId + "/preferences"))
                .willReturn(json(preferences)));
    }

    public static void stubEmbedding(float[] vector) {
        stub(post(urlPathEqualTo("/api/ai/embeddings")).willReturn(json(
                java.util.Map.of("model", "test", "dimension", DIMENSION, "vectors", java.util.List.of(vector)))));
    }

    public static void stubSearchable(Object page) {
        stub(get(urlPathEqualTo("/internal/resumes/searchable")).willReturn(json(page)));
    }

    public static void stubAnalysis(Object analysis) {
        stub(post(urlPathEqualTo("/api/ai/analysis/job-match")).willReturn(json(analysis)));
    }

    public static void stubAiDown() {
        stub(post(urlPathEqualTo("/api/ai/embeddings")).willReturn(aResponse().withStatus(503)));
        stub(post(urlPathEqualTo("/api/ai/analysis/job-match")).willReturn(aResponse().withStatus(503)));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(Object body) {
        try {
            return aResponse().withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
