package db.migration;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.matching.FakeServices;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The migration that gives a catalogue loaded before the ESCO URIs the shipped taxonomy file now carries. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
class V56AddEscoUrisOfAllEscoSkillsTest {

    private static final String POSTGRESQL = "http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996";

    @Inject
    AgroalDataSource db;

    @Test
    void aCatalogueLoadedBeforeGetsTheUrisItLacksAndKeepsThoseItHas() throws Exception {
        String mysql = uri("mysql");
        try {
            update("UPDATE matching_metadata.skills_taxonomy SET esco_uri = NULL WHERE slug = 'postgresql'");
            update("UPDATE matching_metadata.skills_taxonomy SET esco_uri = 'http://example.org/own' WHERE slug = 'mysql'");
            try (Connection connection = db.getConnection()) {
                connection.setAutoCommit(false);
                new V56__Add_esco_uris_of_all_esco_skills().migrate(context(connection));
                connection.commit();
            }
            assertEquals(POSTGRESQL, uri("postgresql"), "a skill without a URI gets the file's");
            assertEquals("http://example.org/own", uri("mysql"), "a skill keeps the URI it has");
        } finally {
            update("UPDATE matching_metadata.skills_taxonomy SET esco_uri = '" + mysql + "' WHERE slug = 'mysql'");
        }
    }

    private String uri(String slug) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT esco_uri FROM matching_metadata.skills_taxonomy WHERE slug = '" + slug + "'")) {
            row.next();
            return row.getString(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
