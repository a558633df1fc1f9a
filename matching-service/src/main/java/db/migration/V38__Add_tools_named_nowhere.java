package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Adds the O*NET technologies the shipped taxonomy now names by themselves (Git, Bash, Selenium, TensorFlow, Asana,
 * Fortran, Nmap) to a catalogue loaded before. Their only labels used to be alternative labels of broader ESCO skills
 * that V36 dropped as borrowed, so these tools were named nowhere. Skills already known keep their ids.
 */
public class V38__Add_tools_named_nowhere extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TaxonomyFile.copyIntoTempTables(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE added_skills ON COMMIT DROP AS
                    SELECT r.id FROM taxonomy_rows r
                    WHERE NOT EXISTS (SELECT 1 FROM matching_metadata.skills_taxonomy s
                                      WHERE s.slug = r.slug OR s.skill_name = r.name)""");
            statement.execute("""
                    INSERT INTO matching_metadata.skills_taxonomy (id, slug, skill_name, canonical_name, category, source, esco_uri)
                    SELECT r.id, r.slug, r.name, r.name, r.category, r.source, r.esco_uri FROM taxonomy_rows r
                    WHERE r.id IN (SELECT id FROM added_skills)""");
            Labels.index(statement, "k.id IN (SELECT id FROM added_skills)");
        } catch (SQLException e) {
            throw new IllegalStateException("adding skills from " + TaxonomyFile.RESOURCE + " failed", e);
        }
    }
}
