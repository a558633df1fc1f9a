package com.jobmatch.matching.scoring;

import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;

/**
 * The occupation a posting that names none (in its title, an announcement or its opening, {@link Occupations#ofJob})
 * is taken for, and how it was guessed: from the occupation labels its text uses ({@link Occupations#inferredOfJob}),
 * else from the ESCO occupation its embedding is nearest to ({@link NearestOccupation}). A guess either way: scoring
 * takes what such work usually asks from it at low confidence ({@link Judgement.Basis#INFERRED}), and the reason says
 * which guess it was. Read with the rest of the posting's reading ({@link PostingOccupation#inferred}).
 */
public record InferredOccupation(Occupation occupation, Source source) {

    public enum Source {
        /** Occupation labels the text uses, none in a way that names the posting's own. */
        TEXT("its text reads like work as %s"),
        /** The occupation whose ESCO description the posting's embedding is nearest to. */
        EMBEDDING("its text is nearest in meaning to ESCO's description of work as %s");

        private final String reads;

        Source(String reads) {
            this.reads = reads;
        }
    }

    /** What a reason adds to either guess. */
    static final String LOW_CONFIDENCE = " (inferred, so counted at low confidence, near neutral)";

    /** How a reason says what the guess rests on: "its text reads like work as nurse (inferred, ...)". */
    String reason() {
        return source.reads.formatted(occupation.label()) + LOW_CONFIDENCE;
    }
}
