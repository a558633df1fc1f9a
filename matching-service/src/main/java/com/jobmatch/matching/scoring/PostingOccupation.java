package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;

import java.util.Optional;

/**
 * What occupation a posting is about, read once per version of the posting's text: named (its title, an announcement
 * or its opening, {@link Occupations#ofJob}), inferred from the occupation labels its text uses
 * ({@link Occupations#inferredOfJob}), nearest to its embedding ({@link NearestOccupation}), or none. Every score of
 * the posting (a ranking, a stored list, a recruiter's candidates, one job's explanation) reads this one reading, so
 * that the same pair gets the same score wherever it is shown; a ranking carries neither the posting's description
 * nor its embedding, so the reading is taken where both are at hand (enrichment, or the first load of a job read
 * before there was a stored reading) and stored with the job (job_occupations).
 *
 * @param occupation null when {@code source} is {@link Source#NONE}
 */
public record PostingOccupation(Occupation occupation, Source source) {

    public enum Source {
        /** The title, an announcement or the opening names it: as good as stated. */
        NAMED,
        /** Occupation labels the text uses, none in a way that names the posting's own: a guess. */
        TEXT,
        /** The occupation whose ESCO description the posting's embedding is nearest to: a guess. */
        EMBEDDING,
        /** Nothing in the posting reads like any occupation. */
        NONE
    }

    public static final PostingOccupation NONE = new PostingOccupation(null, Source.NONE);

    public PostingOccupation {
        if ((occupation == null) != (source == Source.NONE)) {
            throw new IllegalArgumentException("An occupation goes with every source but NONE: " + source);
        }
    }

    /** The reading of a posting's title and description and its embedding (null when it has none). */
    public static PostingOccupation read(String title, String description, float[] embedding) {
        return read(new JobProfile(null, null, title, null, description, null, null, null, null, null, null, null,
                null, null, null, null, null, null, false), embedding);
    }

    /**
     * The reading of a posting as the profile carries it (its description, when the profile has one) and its
     * embedding (null when unknown).
     */
    public static PostingOccupation read(JobProfile job, float[] embedding) {
        Optional<Occupation> named = Occupations.shipped().ofJob(job);
        if (named.isPresent()) {
            return whichWork(named.get(), Source.NAMED, embedding);
        }
        return Occupations.shipped().inferredOfJob(job).map(read -> whichWork(read, Source.TEXT, embedding))
                .or(() -> nearestTo(embedding))
                .orElse(NONE);
    }

    /**
     * How near a posting is, at most, to occupations that are not what it is about: texts about no work reach about
     * this far from every occupation (lorem ipsum 0.25, "b"/"c" 0.23; {@link NearestOccupation#MIN_SIMILARITY}).
     */
    static final double NOT_ITS_WORK = 0.25;

    /**
     * A reading of a word alone says what kind of worker, not which work: "Web Developer" names ESCO's web developer,
     * but "Java Developer" only a developer (ISCO 2, as ESCO's developers range from software to property) and "Full
     * Stack Engineer" an engineer (214, as most of ESCO's engineers are engineering professionals). Of the ESCO
     * occupations the word heads, the one the posting's embedding is nearest to says which work when it is near
     * enough ({@link NearestOccupation#MIN_SIMILARITY}): web developer. When the posting is no nearer to any of them
     * than texts about no work are ({@link #NOT_ITS_WORK}), the word named no work the posting is about ("Monitor all
     * transactions", "the Data Access layer", "mentor less experienced teammates") and the posting is read as one that
     * names none: the occupation nearest to it, if one is near enough. In between, the word's group stands.
     */
    private static PostingOccupation whichWork(Occupation read, Source source, float[] embedding) {
        if (embedding == null || !Occupations.isWordAlone(read)) {
            return new PostingOccupation(read, source);
        }
        Optional<NearestOccupation.Near> kind = NearestOccupation.shipped().nearestKindOf(embedding, read);
        double similarity = kind.map(NearestOccupation.Near::similarity).orElse(Double.NEGATIVE_INFINITY);
        if (similarity >= NearestOccupation.MIN_SIMILARITY) {
            return new PostingOccupation(kind.orElseThrow().occupation(), source);
        }
        if (similarity < NOT_ITS_WORK) {
            return nearestTo(embedding).orElse(new PostingOccupation(read, source));
        }
        return new PostingOccupation(read, source);
    }

    private static Optional<PostingOccupation> nearestTo(float[] embedding) {
        return NearestOccupation.shipped().of(embedding).map(near -> new PostingOccupation(near, Source.EMBEDDING));
    }

    /** The occupation the posting names, if it names one. */
    public Optional<Occupation> named() {
        return source == Source.NAMED ? Optional.of(occupation) : Optional.empty();
    }

    /** The occupation the posting is taken for when it names none, and how it was guessed. */
    public Optional<InferredOccupation> inferred() {
        return switch (source) {
            case TEXT -> Optional.of(new InferredOccupation(occupation, InferredOccupation.Source.TEXT));
            case EMBEDDING -> Optional.of(new InferredOccupation(occupation, InferredOccupation.Source.EMBEDDING));
            case NAMED, NONE -> Optional.empty();
        };
    }
}
