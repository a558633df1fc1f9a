package com.jobmatch.matching.scoring;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a score means to the person reading it: the share of labelled matches with such an overall score that
 * recruiters judged a fit (Good or Potential Fit). The overall score orders jobs but is no probability; this map is
 * the isotonic calibration that {@code bench/calibrate_score.py} fits on scores users get through the API and writes
 * to {@code scoring/fit-chance.tsv} (its cross-validated error is in that program's output). Between knots the chance
 * is interpolated linearly, beyond them it holds the end values, so it never falls as the score rises. Without the
 * table (a build that shipped none) there is no chance to show, and none is made up.
 */
@ApplicationScoped
public class FitChance {

    static final String TABLE = "scoring/fit-chance.tsv";

    private record Knot(double score, double chance) {
    }

    private final List<Knot> knots;

    public FitChance() {
        this(FitChance.class.getClassLoader().getResourceAsStream(TABLE));
    }

    FitChance(InputStream table) {
        this.knots = table == null ? List.of() : read(table);
    }

    /** The chance (0-1, two decimals) that a match with this overall score (0-100) is judged a fit. */
    public Optional<Double> of(double overallScore) {
        if (knots.isEmpty()) {
            return Optional.empty();
        }
        double chance = knots.getLast().chance();
        if (overallScore <= knots.getFirst().score()) {
            chance = knots.getFirst().chance();
        } else {
            for (int i = 1; i < knots.size(); i++) {
                Knot low = knots.get(i - 1);
                Knot high = knots.get(i);
                if (overallScore <= high.score()) {
                    double span = high.score() - low.score();
                    chance = span <= 0 ? high.chance()
                            : low.chance() + (high.chance() - low.chance()) * (overallScore - low.score()) / span;
                    break;
                }
            }
        }
        return Optional.of(Math.round(chance * 100) / 100.0);
    }

    private static List<Knot> read(InputStream table) {
        List<Knot> read = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length != 2 || !Character.isDigit(cells[0].charAt(0))) {
                    continue;
                }
                read.add(new Knot(Double.parseDouble(cells[0]), Double.parseDouble(cells[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
        for (int i = 1; i < read.size(); i++) {
            if (read.get(i).score() < read.get(i - 1).score() || read.get(i).chance() < read.get(i - 1).chance()) {
                throw new IllegalStateException(TABLE + " must rise with the score (line " + (i + 2) + ")");
            }
        }
        return List.copyOf(read);
    }
}
