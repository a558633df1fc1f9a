package com.jobmatch.matching.scoring;

import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How close the work of two occupations is, 0 to 1: 1 for the same occupation (two of its labels, "software engineer"
 * and "software developer", are one); for two of ESCO's occupations, how alike their ESCO descriptions are
 * ({@link NearestOccupation#similarity}), from 0 at {@link #UNRELATED} to 1 at {@link #NEIGHBOURS}; for a group read
 * from a word alone ("engineer", 214) against one of ESCO's occupations, the mean of that closeness over the
 * occupations the group may be ({@link Occupations#kindsOf}): what the reading leaves open, on average. The hierarchy
 * alone put an accountant and an accounting manager in different major groups ("another field") and a web developer as
 * near a data analyst as a software developer; for a group it called an "engineer" (214) as related to an accountant
 * (both ISCO major group 2) as an "analyst" (2) to a software developer, where the descriptions say 0.02 and 0.12. Two
 * groups are compared by how much of the ISCO hierarchy they share ({@link Occupations#closeness}). Both bounds are
 * medians over all pairs of ESCO's 3,007 occupations, not fitted to any labels.
 */
final class OccupationCloseness {

    /** Description similarity of unrelated work: occupations of different ISCO major groups share a median -0.03. */
    static final double UNRELATED = 0.0;
    /** Description similarity of neighbouring work: an occupation and its nearest other one, median 0.66. */
    static final double NEIGHBOURS = 0.66;

    /** Per group and ESCO occupation: a few dozen groups against the occupations jobs and resumes name. */
    private static final Map<String, Double> GROUP_CLOSENESS = new ConcurrentHashMap<>();

    private OccupationCloseness() {
    }

    /** How close {@code held} is to {@code job}, both read by {@code occupations}. */
    static double of(Occupations occupations, Occupation held, Occupation job) {
        Optional<String> own = occupations.escoOccupation(held);
        Optional<String> wanted = occupations.escoOccupation(job);
        if (own.isPresent() && wanted.isPresent()) {
            if (own.get().equals(wanted.get())) {
                return 1;
            }
            OptionalDouble similarity = NearestOccupation.shipped().similarity(own.get(), wanted.get());
            if (similarity.isPresent()) {
                return scaled(similarity.getAsDouble());
            }
        }
        if (own.isPresent() != wanted.isPresent()) {
            Occupation group = own.isPresent() ? job : held;
            OptionalDouble expected = ofGroup(occupations, group, own.orElseGet(wanted::get));
            if (expected.isPresent()) {
                return expected.getAsDouble();
            }
        }
        return Occupations.closeness(held, job);
    }

    /** The mean closeness of the occupations a group may be to one ESCO occupation; empty when the group has none. */
    private static OptionalDouble ofGroup(Occupations occupations, Occupation group, String occupation) {
        Double known = GROUP_CLOSENESS.computeIfAbsent(group.isco() + "\t" + group.label() + "\t" + occupation, key -> {
            Set<String> kinds = occupations.kindsOf(group);
            OptionalDouble mean = kinds.stream().map(kind -> NearestOccupation.shipped().similarity(kind, occupation))
                    .filter(OptionalDouble::isPresent).mapToDouble(s -> scaled(s.getAsDouble())).average();
            return mean.isPresent() ? mean.getAsDouble() : Double.NaN;
        });
        return known.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(known);
    }

    private static double scaled(double similarity) {
        return Math.max(0, Math.min(1, (similarity - UNRELATED) / (NEIGHBOURS - UNRELATED)));
    }
}
