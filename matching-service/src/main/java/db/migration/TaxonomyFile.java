package db.migration;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * The shipped skills taxonomy (built by scripts/build-taxonomy.sh from ESCO, O*NET and Stack Overflow tag
 * synonyms), copied into two temporary tables a migration then reads with SQL: {@code taxonomy_rows} (a fresh id,
 * slug, name, category, source, ESCO URI, O*NET commodity code) and {@code taxonomy_labels} (skill id, name or synonym). COPY keeps the
 * ~15k skills and ~120k labels to well under a second, which matters because every test boot loads them.
 */
final class TaxonomyFile {

    static final String RESOURCE = "taxonomy/skills-taxonomy.tsv.gz";

    private TaxonomyFile() {
    }

    static void copyIntoTempTables(Connection connection) throws IOException, SQLException {
        StringBuilder skills = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        try (BufferedReader in = open()) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                String id = UUID.randomUUID().toString();
                String onetCode = f.length > 6 && !f[6].isEmpty() ? copyText(f[6]) : "\\N";
                skills.append(String.join("\t", id, copyText(f[0]), copyText(f[1]), copyText(f[2]), copyText(f[3]),
                        f[4].isEmpty() ? "\\N" : copyText(f[4]), onetCode)).append('\n');
                labels.append(id).append('\t').append(copyText(f[1])).append('\n');
                for (String synonym : f[5].isEmpty() ? new String[0] : f[5].split("\\|")) {
                    labels.append(id).append('\t').append(copyText(synonym)).append('\n');
                }
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE taxonomy_rows (id UUID NOT NULL, slug TEXT NOT NULL, name TEXT NOT NULL,
                        category TEXT NOT NULL, source TEXT NOT NULL, esco_uri TEXT, onet_code TEXT) ON COMMIT DROP""");
            statement.execute("CREATE TEMP TABLE taxonomy_labels (skill_id UUID NOT NULL, label TEXT NOT NULL) ON COMMIT DROP");
        }
        copy.copyIn("COPY taxonomy_rows FROM STDIN", new StringReader(skills.toString()));
        copy.copyIn("COPY taxonomy_labels FROM STDIN", new StringReader(labels.toString()));
    }

    /**
     * Copies the file into the temporary tables ({@link #copyIntoTempTables}) and adds the skills a catalogue loaded
     * before does not know ({@link #addSkillsNotYetKnown(Statement)}); the tables stay for the rest of the migration.
     */
    static void addSkillsNotYetKnown(Connection connection) throws IOException, SQLException {
        copyIntoTempTables(connection);
        try (Statement statement = connection.createStatement()) {
            addSkillsNotYetKnown(statement);
        }
    }

    /**
     * Adds the file's skills a catalogue loaded before does not know (by slug or name), with their labels, after
     * {@link #copyIntoTempTables}; skills already known keep their ids, which jobs and resumes point at.
     */
    static void addSkillsNotYetKnown(Statement statement) throws SQLException {
        statement.execute("""
                INSERT INTO matching_metadata.skills_taxonomy (id, slug, skill_name, canonical_name, category, source, esco_uri)
                SELECT r.id, r.slug, r.name, r.name, r.category, r.source, r.esco_uri FROM taxonomy_rows r
                WHERE NOT EXISTS (SELECT 1 FROM matching_metadata.skills_taxonomy s
                                  WHERE s.slug = r.slug OR s.skill_name = r.name)""");
        // The temp table's ids are fresh, so only the skills just added carry them.
        Labels.index(statement, "k.id IN (SELECT id FROM taxonomy_rows)");
    }

    /**
     * Gives the skills of a catalogue loaded before the ESCO URI the file carries for them (matched by slug), after
     * {@link #copyIntoTempTables}; a skill keeps a URI it has, and its id.
     */
    static void addEscoUrisNotYetKnown(Statement statement) throws SQLException {
        statement.execute("""
                UPDATE matching_metadata.skills_taxonomy s SET esco_uri = r.esco_uri
                FROM taxonomy_rows r WHERE s.slug = r.slug AND s.esco_uri IS NULL AND r.esco_uri IS NOT NULL""");
    }

    /**
     * Removes from a catalogue loaded before the aliases the shipped file no longer lists for their skill (matched by
     * slug). Skills keep their ids and names; aliases are only ever loaded from the file, so nothing else is lost.
     */
    static void dropUnlistedAliases(Connection connection) throws IOException, SQLException {
        copyIntoTempTables(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE listed ON COMMIT DROP AS
                    SELECT DISTINCT r.slug, lower(regexp_replace(btrim(t.label), '\\s+', ' ', 'g')) AS alias
                    FROM taxonomy_rows r JOIN taxonomy_labels t ON t.skill_id = r.id""");
            // Temp tables have no statistics and no index: without these the planner scans every listed alias for
            // every synonym of every skill, which took minutes on a fresh catalogue.
            statement.execute("CREATE INDEX ON listed (slug, alias)");
            statement.execute("CREATE INDEX ON taxonomy_rows (slug)");
            statement.execute("ANALYZE listed");
            statement.execute("ANALYZE taxonomy_rows");
            statement.execute("""
                    DELETE FROM matching_metadata.skill_aliases a
                    USING matching_metadata.skills_taxonomy s
                    WHERE a.skill_id = s.id AND a.alias <> lower(s.skill_name)
                      AND s.slug IN (SELECT slug FROM taxonomy_rows)
                      AND NOT EXISTS (SELECT 1 FROM listed l WHERE l.slug = s.slug AND l.alias = a.alias)""");
            statement.execute("""
                    UPDATE matching_metadata.skills_taxonomy s
                    SET synonyms = ARRAY(SELECT x FROM unnest(s.synonyms) AS x
                                         WHERE EXISTS (SELECT 1 FROM listed l WHERE l.slug = s.slug
                                                       AND l.alias = lower(regexp_replace(btrim(x), '\\s+', ' ', 'g')))
                                         ORDER BY x)
                    WHERE s.slug IN (SELECT slug FROM taxonomy_rows)""");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping aliases " + RESOURCE + " no longer lists failed", e);
        }
    }

    private static BufferedReader open() throws IOException {
        InputStream raw = TaxonomyFile.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
    }

    /** COPY text format: backslash is the escape character; tabs and newlines never occur (the builder strips them). */
    private static String copyText(String value) {
        return value.replace("\\", "\\\\");
    }
}
