package com.jobmatch.matching.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Real posting embeddings for tests that need what a text means, as enrichment embeds a job (its title and text,
 * JobEnrichmentStore.jobText, cut into statements, their unit centroid) by the model ai-service embeds with. Stored
 * in fixtures/posting-embeddings.tsv by the text's hash and written by bench/PostingEmbeddingFixtures: the model
 * runs on a native library that loads into one class loader only, and Quarkus tests and plain ones use two.
 */
public final class PostingEmbeddings {

    public static final String FIXTURE = "fixtures/posting-embeddings.tsv";
    private static final Map<String, float[]> STORED = load();

    private PostingEmbeddings() {
    }

    /** The stored embedding of a posting with this title and text. */
    public static float[] of(String title, String description) {
        float[] vector = STORED.get(key(title, description));
        if (vector == null) {
            throw new IllegalStateException("No stored embedding for the posting '" + title + "'; add it to "
                    + "bench.PostingEmbeddingFixtures and run bench/posting-embedding-fixtures.sh");
        }
        return vector.clone();
    }

    /** The text enrichment embeds for a posting ({@code concat_ws(E'\n\n', title, description)}). */
    public static String text(String title, String description) {
        return title + "\n\n" + description;
    }

    /** A posting's key in the fixture: the SHA-256 of the text embedded. */
    public static String key(String title, String description) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text(title, description).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, float[]> load() {
        Map<String, float[]> stored = new HashMap<>();
        InputStream raw = PostingEmbeddings.class.getClassLoader().getResourceAsStream(FIXTURE);
        if (raw == null) {
            return stored;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                String[] values = fields[2].split(",");
                float[] vector = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    vector[i] = Float.parseFloat(values[i]);
                }
                stored.put(fields[0], vector);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }
}
