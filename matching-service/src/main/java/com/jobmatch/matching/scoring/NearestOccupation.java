package com.jobmatch.matching.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobmatch.contract.model.Vectors;
import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * The ESCO occupation whose description a posting's embedding is nearest to, for postings whose title and text name
 * none ("a CPA", "10+ years in SFDC"): what the posting is about, said by meaning rather than by an occupation's
 * label. The occupations are ESCO's 3,007, each embedded from its description as a posting is
 * (scoring/occupation-vectors.tsv.gz, built by scripts/build-reference-centre.py); nearness is the cosine of
 * directions from the reference centre ({@link EmbeddingCentre}), the mean of those same vectors, so that what all
 * texts about work share does not make every posting look like every occupation.
 * <p>
 * Only a near one counts ({@link #MIN_SIMILARITY}); a posting far from every occupation keeps none.
 */
public final class NearestOccupation {

    static final String RESOURCE = "scoring/occupation-vectors.tsv.gz";
    /** The reference centre: the mean of these vectors (scripts/build-reference-centre.py writes both). */
    static final String CENTRE = "scoring/reference-centre.tsv";
    /**
     * How near a posting must be to its nearest occupation for that to count, from bench/occupation-coverage.sh on the
     * 280 fit-pairs postings: nine in ten postings whose occupation is named reach it (10th percentile 0.363, 5th
     * 0.323), and texts about no work stay below it ("b"/"c" 0.23, lorem ipsum 0.25, a match report 0.33, an
     * equal-opportunity boilerplate 0.34). On the named postings, the nearest occupation has the named one's ISCO
     * skill level, which sets the usual education, 83 % of the time at 0.35 or more (71 % between 0.35 and 0.40,
     * 85 % or more above 0.40) and 65 % between 0.30 and 0.35. A text that is about some work, whatever else it is,
     * does come near it: a recipe is 0.51 from "baker".
     */
    public static final double MIN_SIMILARITY = 0.35;
    private static final NearestOccupation SHIPPED = load();

    /** An occupation and a posting's similarity to it (cosine of directions from the centre). */
    public record Near(Occupation occupation, double similarity) {
    }

    private final EmbeddingCentre centre;
    private final List<Occupation> occupations;
    /** Each occupation's direction from the centre, a unit vector, in the order of {@link #occupations}. */
    private final float[][] directions;
    /** Every index of {@link #occupations}: the search over all of them. */
    private final int[] everyOccupation;
    /** Each occupation's index in {@link #occupations}, by its preferred label. */
    private final Map<String, Integer> byLabel = new HashMap<>();
    /** Per embedding instance: an explanation grades a job many times over (its improvements) with the same vector. */
    private final Cache<float[], Optional<Near>> nearest = Caffeine.newBuilder().weakKeys().build();

    NearestOccupation(EmbeddingCentre centre, List<Occupation> occupations, List<float[]> vectors) {
        this.centre = centre;
        this.occupations = List.copyOf(occupations);
        this.directions = vectors.stream().map(centre::direction).toArray(float[][]::new);
        this.everyOccupation = IntStream.range(0, directions.length).toArray();
        for (int i = 0; i < this.occupations.size(); i++) {
            byLabel.putIfAbsent(this.occupations.get(i).label(), i);
        }
    }

    public static NearestOccupation shipped() {
        return SHIPPED;
    }

    /**
     * How alike two ESCO occupations' descriptions are (given by their preferred labels): the cosine of their
     * directions from the reference centre, about 0 for occupations in different ISCO major groups (median -0.03)
     * and 0.66 for an occupation and its nearest other one (median); empty when either is not one of ESCO's.
     */
    public OptionalDouble similarity(String occupation, String other) {
        Integer a = byLabel.get(occupation);
        Integer b = byLabel.get(other);
        return a == null || b == null ? OptionalDouble.empty() : OptionalDouble.of(dot(directions[a], directions[b]));
    }

    /** The occupation nearest to a posting's embedding if it is near enough ({@link #MIN_SIMILARITY}). */
    public Optional<Occupation> of(float[] embedding) {
        return nearest(embedding).filter(near -> near.similarity() >= MIN_SIMILARITY).map(Near::occupation);
    }

    /** The occupation nearest to an embedding, however far; empty without an embedding. */
    public Optional<Near> nearest(float[] embedding) {
        if (embedding == null || embedding.length == 0) {
            return Optional.empty();
        }
        return nearest.get(embedding, this::search);
    }

    /**
     * Of these occupations (ESCO preferred labels), the one nearest to a posting's embedding, however far; empty
     * without an embedding or when none of them is one of ESCO's.
     */
    private Optional<Near> nearestAmong(float[] embedding, Set<String> among) {
        if (embedding == null || embedding.length == 0) {
            return Optional.empty();
        }
        int[] indices = among.stream().map(byLabel::get).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
        return best(centre.direction(embedding), indices);
    }

    /**
     * Of the ESCO occupations whose labels a word alone heads ("developer": software, web, property developer and the
     * rest; {@link Occupations#occupationsHeadedBy}), the one nearest to an embedding, however far: which work a
     * posting's or a resume's word-alone title is, read by its text.
     */
    public Optional<Near> nearestKindOf(float[] embedding, Occupation wordAlone) {
        return nearestAmong(embedding, Occupations.shipped().occupationsHeadedBy(wordAlone.label()));
    }

    private Optional<Near> search(float[] embedding) {
        return best(centre.direction(embedding), everyOccupation);
    }

    private Optional<Near> best(float[] direction, int[] indices) {
        int best = -1;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int i : indices) {
            double similarity = dot(direction, directions[i]);
            if (similarity > bestSimilarity) {
                best = i;
                bestSimilarity = similarity;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new Near(occupations.get(best), bestSimilarity));
    }

    /** The cosine of two unit vectors. */
    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /**
     * Lines after a '#' comment and a header: ISCO unit group, label, scale, and the comma-separated integers that
     * times the scale are the occupation's unit vector (int8-quantised to keep the file small).
     */
    private static NearestOccupation load() {
        InputStream raw = NearestOccupation.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        List<Occupation> occupations = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.startsWith("isco\t") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                float scale = Float.parseFloat(fields[2]);
                String[] values = fields[3].split(",");
                float[] vector = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    vector[i] = Integer.parseInt(values[i]) * scale;
                }
                occupations.add(new Occupation(fields[0], fields[1]));
                vectors.add(Vectors.unit(vector));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NearestOccupation(EmbeddingCentre.reference(CENTRE), occupations, vectors);
    }
}
