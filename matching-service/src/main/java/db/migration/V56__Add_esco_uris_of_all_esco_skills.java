package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Gives the ESCO skills of a catalogue loaded before their ESCO URI as the shipped file now carries it: 13,201 of
 * the 13,891 ESCO skills, where the shared URI subset gave 4,182. A skill keeps a URI it has; ids do not change.
 */
public class V56__Add_esco_uris_of_all_esco_skills extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TaxonomyFile.copyIntoTempTables(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            TaxonomyFile.addEscoUrisNotYetKnown(statement);
        }
    }
}
