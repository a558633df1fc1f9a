package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Removes from a catalogue loaded before the alternative labels ESCO lends a skill from another concept, which the
 * shipped taxonomy no longer lists: another skill's name and its inflections ("project management" and "managing
 * projects" under project commissioning) and tools of their own ("keras", "tensorflow" under computer vision). See
 * the module README ("Skills taxonomy"). It also does what V33 once did (aliases no longer joined through one-word
 * labels). Aliases the file gained are loaded by fresh catalogues only.
 */
public class V36__Drop_labels_skills_borrow_from_other_skills extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TaxonomyFile.dropUnlistedAliases(context.getConnection());
    }
}
