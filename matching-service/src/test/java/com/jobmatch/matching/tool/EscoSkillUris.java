package com.jobmatch.matching.tool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The concept URI of every ESCO skill by its preferred label, for the skills the shared URI subset leaves out
 * (../shared/data holds URIs for 4,199 of ESCO's 13,891 skills). The list (src/test/resources/taxonomy/
 * esco-skill-uris.tsv.gz, 13,485 skills) was harvested from ESCO's own search API, a later release than the shared
 * labels: a label renamed since has no URI here, and one only spelt differently (case, doubled spaces) is found by
 * its spelling. Of the 4,182 URIs the subset gives, every one is the list's URI for the same label.
 */
final class EscoSkillUris {

    static final String RESOURCE = "taxonomy/esco-skill-uris.tsv.gz";

    private final Map<String, String> byLabel = new HashMap<>();
    /** By spelling (lower case, single spaces), only where one label has it. */
    private final Map<String, String> bySpelling = new HashMap<>();

    EscoSkillUris(InputStream gzipped) throws IOException {
        Map<String, Integer> spellings = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                byLabel.put(f[0], f[1]);
                bySpelling.put(spelling(f[0]), f[1]);
                spellings.merge(spelling(f[0]), 1, Integer::sum);
            }
        }
        spellings.forEach((spelling, count) -> {
            if (count > 1) {
                bySpelling.remove(spelling);
            }
        });
    }

    static EscoSkillUris shipped() {
        try (InputStream in = EscoSkillUris.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return new EscoSkillUris(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URI of the ESCO skill with this preferred label, if the list has it. */
    Optional<String> of(String preferredLabel) {
        String uri = byLabel.get(preferredLabel);
        return Optional.ofNullable(uri != null ? uri : bySpelling.get(spelling(preferredLabel)));
    }

    private static String spelling(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
