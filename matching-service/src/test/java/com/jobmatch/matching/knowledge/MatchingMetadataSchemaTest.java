package com.jobmatch.matching.knowledge;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.matching.FakeServices;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seed 000's post-migration verification queries, schema tests and weight-update example, run as written there. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class MatchingMetadataSchemaTest {

    private static final List<String> SEED_TABLES = List.of("category_compatibility", "certifications",
            "collar_weights_config", "match_explanations", "match_feedback", "skill_similarity", "skills_taxonomy",
            "user_job_interactions");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void allEightSeedTablesExist() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT table_name
                     FROM information_schema.tables
                     WHERE table_schema = 'matching_metadata'
                     ORDER BY table_name;""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertTrue(tables.containsAll(SEED_TABLES), "seed tables present: " + tables);
    }

    @Test
    void collarWeightsAreSeededOncePerCollarAndSumToOne() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            int rows = 0;
            try (ResultSet rs = s.executeQuery("SELECT * FROM matching_metadata.collar_weights_config;")) {
                while (rs.next()) {
                    rows++;
                }
            }
            assertEquals(5, rows);
            try (ResultSet rs = s.executeQuery("""
                    SELECT
                        collar_type,
                        weight_qualification,
                        weight_experience,
                        weight_skills,
                        (weight_qualification + weight_experience + weight_skills +
                         weight_location + weight_category + weight_personalization) as total
                    FROM matching_metadata.collar_weights_config;""")) {
                while (rs.next()) {
                    assertEquals(0, new BigDecimal("1.00").compareTo(rs.getBigDecimal("total")), rs.getString(1));
                }
            }
        }
    }

    @Test
    void seedWeightUpdateExampleWorksAndABrokenSumIsRefused() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                int updated = s.executeUpdate("""
                        UPDATE matching_metadata.collar_weights_config
                        SET
                            weight_qualification = 0.30,
                            weight_experience = 0.25,
                            weight_skills = 0.25,
                            weight_location = 0.05,
                            weight_category = 0.10,
                            weight_personalization = 0.05
                        WHERE collar_type = 'white';""");
                assertEquals(1, updated);
                SQLException broken = assertThrows(SQLException.class, () -> s.executeUpdate(
                        "UPDATE matching_metadata.collar_weights_config SET weight_skills = 0.40 WHERE collar_type = 'blue'"));
                assertTrue(broken.getMessage().contains("weights_sum_check"), broken.getMessage());
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void seedTestQueriesRun() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("""
                    SELECT skill_name, frequency
                    FROM matching_metadata.skills_taxonomy
                    ORDER BY frequency DESC
                    LIMIT 10;""").close();
            s.executeQuery("""
                    SELECT
                        st1.skill_name as skill_a,
                        st2.skill_name as skill_b,
                        ss.jaccard_similarity
                    FROM matching_metadata.skill_similarity ss
                    JOIN matching_metadata.skills_taxonomy st1 ON ss.skill_a_id = st1.id
                    JOIN matching_metadata.skills_taxonomy st2 ON ss.skill_b_id = st2.id
                    ORDER BY ss.jaccard_similarity DESC
                    LIMIT 10;""").close();
            s.executeQuery("""
                    SELECT
                        from_category,
                        to_category,
                        transition_probability
                    FROM matching_metadata.category_compatibility
                    ORDER BY transition_probability DESC
                    LIMIT 10;""").close();
        }
    }
}
