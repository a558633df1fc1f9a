package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/** Loads the shipped skills taxonomy ({@link TaxonomyFile}) into matching_metadata.skills_taxonomy and its alias index. */
public class V5__Load_skills_taxonomy extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TaxonomyFile.copyIntoTempTables(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    INSERT INTO matching_metadata.skills_taxonomy (id, slug, skill_name, canonical_name, category, source, esco_uri)
                    SELECT id, slug, name, name, category, source, esco_uri FROM taxonomy_rows""");
            Labels.index(statement, "TRUE");
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + TaxonomyFile.RESOURCE + " failed", e);
        }
    }
}
