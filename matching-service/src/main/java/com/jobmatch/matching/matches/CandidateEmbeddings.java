package com.jobmatch.matching.matches;

import com.jobmatch.contract.model.Vectors;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.matching.client.AiClient;
import com.jobmatch.matching.enrichment.Statements;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A resume's embedding, as jobs are embedded: the centroid of its statements' embeddings. Kept per resume version
 * (a new version has a new number), so ranking, explaining and re-ranking one resume ask ai-service once.
 */
@ApplicationScoped
public class CandidateEmbeddings {

    private final AiClient ai;
    private final Cache<String, float[]> byVersion = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(6)).build();

    public CandidateEmbeddings(AiClient ai) {
        this.ai = ai;
    }

    /** Empty when the resume has no text or ai-service is unavailable (then matching goes on without it). */
    public Optional<float[]> of(CandidateProfile candidate) {
        String key = key(candidate);
        float[] known = byVersion.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        List<String> statements = statementsOf(candidate);
        Optional<float[]> embedded = statements.isEmpty() ? Optional.empty()
                : ai.embedProfile(statements, candidate.resumeId()).map(Vectors::centroid);
        embedded.ifPresent(vector -> byVersion.put(key, vector));
        return embedded;
    }

    /** Embeddings of many resumes by resume id, the missing ones embedded in batches; a resume without one is absent. */
    public Map<UUID, float[]> of(List<CandidateProfile> candidates) {
        Map<UUID, float[]> found = new HashMap<>();
        List<CandidateProfile> missing = new ArrayList<>();
        List<List<String>> statements = new ArrayList<>();
        for (CandidateProfile candidate : candidates) {
            float[] known = byVersion.getIfPresent(key(candidate));
            List<String> own = known == null ? statementsOf(candidate) : List.of();
            if (known != null) {
                found.put(candidate.resumeId(), known);
            } else if (!own.isEmpty()) {
                missing.add(candidate);
                statements.add(own);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        ai.embedProfiles(statements.stream().flatMap(List::stream).toList()).ifPresent(vectors -> {
            int offset = 0;
            for (int i = 0; i < missing.size(); i++) {
                int count = statements.get(i).size();
                float[] centroid = Vectors.centroid(vectors.subList(offset, offset + count));
                offset += count;
                byVersion.put(key(missing.get(i)), centroid);
                found.put(missing.get(i).resumeId(), centroid);
            }
        });
        return found;
    }

    private static String key(CandidateProfile candidate) {
        return candidate.resumeId() + ":" + candidate.resumeVersion() + ":" + textOf(candidate).hashCode();
    }

    static List<String> statementsOf(CandidateProfile candidate) {
        return Statements.of(textOf(candidate), Statements.MAX_RESUME_STATEMENTS);
    }

    /** The text a resume is embedded from: its own text, else what the parser structured. */
    static String textOf(CandidateProfile candidate) {
        String text = candidate.text();
        if (text == null || text.isBlank()) {
            text = Stream.of(Stream.of(candidate.headline(), candidate.summary()),
                            candidate.skills().stream().map(Skill::name),
                            candidate.experience().stream().map(ExperienceEntry::title))
                    .flatMap(s -> s).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(". "));
        }
        return text;
    }
}
