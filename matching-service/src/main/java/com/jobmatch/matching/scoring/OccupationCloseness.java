package com.jobmatch.matching.scoring;

import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How close the work of two occupations is, 0 to 1: 1 for the same occupation (two of its labels, "software engineer"
 * and "software developer", are one); for two of ESCO's occupations, how alike their ESCO descriptions are
 * ({@link NearestOccupation#similarity}), from 0 at {@link #UNRELATED} to 1 at {@link #NEIGHBOURS}; for a group read
 * from a word alone ("engineer", 214), which has no description, how much of the ISCO hierarchy the two share
 * ({@link Occupations#closeness}). The hierarchy alone put an accountant and an accounting manager in different major
 * groups ("another field") and a web developer as near a data analyst as a software developer; the descriptions say
 * what the work is. Both bounds are medians over all pairs of ESCO's 3,007 occupations, not fitted to any labels.
 */
final class OccupationCloseness {

    /** Description similarity of unrelated work: occupations of different ISCO major groups share a median -0.03. */
    static final double UNRELATED = 0.0;
    /** Description similarity of neighbouring work: an occupation and its nearest other one, median 0.66. */
    static final double NEIGHBOURS = 0.66;

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
                return Math.max(0, Math.min(1, (similarity.getAsDouble() - UNRELATED) / (NEIGHBOURS - UNRELATED)));
            }
        }
        return Occupations.closeness(held, job);
    }
}
