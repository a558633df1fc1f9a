package com.jobmatch.matching.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which work a resume's role title that is a word alone ("Developer", 2; "Analyst", 2; "Engineer", 214) is: of the
 * ESCO occupations whose labels the word heads, the one the resume's embedding (its statements' centroid) is nearest
 * to, when near enough ({@link NearestOccupation#MIN_SIMILARITY}), as a posting's word alone is read by its embedding
 * ({@link PostingOccupation}); else the group stands. A developer whose resume is about web applications is a web
 * developer, one whose resume is about property deals a property developer; an engineer whose resume is about cloud
 * platforms a cloud engineer (2512), outside the engineering professionals (214) the word alone stands for. Occupation
 * fit reads it; which roles are related experience keeps the title's own reading: read this way too, 49 fit pairs'
 * experience rose, 33 of them No Fit, and macro-F1 fell 0.517 -> 0.513 (bench/README.md, session 37).
 */
final class WordAloneTitles {

    private static final WordAloneTitles SHIPPED = new WordAloneTitles(NearestOccupation.shipped());

    private final NearestOccupation nearest;
    /**
     * Per resume embedding instance, each word-alone title's reading: a ranking scores one resume against hundreds of
     * jobs with the same vector, and reading a title compares it with every occupation the word heads.
     */
    private final Cache<float[], Map<Occupation, Occupation>> readings = Caffeine.newBuilder().weakKeys().build();

    WordAloneTitles(NearestOccupation nearest) {
        this.nearest = nearest;
    }

    static WordAloneTitles shipped() {
        return SHIPPED;
    }

    /** The occupation a role's title was read as, read again by the resume's embedding when it is a word alone. */
    Occupation read(Occupation held, float[] resumeEmbedding) {
        if (resumeEmbedding == null || !Occupations.isWordAlone(held)) {
            return held;
        }
        return readings.get(resumeEmbedding, embedding -> new ConcurrentHashMap<>()).computeIfAbsent(held, group ->
                nearest.nearestKindOf(resumeEmbedding, group)
                        .filter(near -> near.similarity() >= NearestOccupation.MIN_SIMILARITY)
                        .map(NearestOccupation.Near::occupation).orElse(group));
    }
}
