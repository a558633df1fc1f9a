package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the O*NET technologies the shipped taxonomy now names by themselves (Git, Bash, Selenium, TensorFlow, Asana,
 * Fortran, Nmap) to a catalogue loaded before. Their only labels used to be alternative labels of broader ESCO skills
 * that V36 dropped as borrowed, so these tools were named nowhere. Skills already known keep their ids.
 */
public class V38__Add_tools_named_nowhere extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TaxonomyFile.addSkillsNotYetKnown(context.getConnection());
    }
}
