package com.jobmatch.matching.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stores a batch of valid postings in one transaction, in external_id order so that concurrent batches lock
 * rows in the same order; a deadlock or serialization failure (still possible through shared clusters) is
 * retried from the start, so counts stay exact.
 */
@ApplicationScoped
public class PostingBatchWriter {

    private static final int ATTEMPTS = 5;

    private final JobUpsertStore store;
    private final ObjectMapper mapper;

    public PostingBatchWriter(JobUpsertStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    /**
     * @param alsoInTransaction work that must commit or roll back with the batch (e.g. the import record), given the counts
     */
    public Map<UpsertOutcome, Integer> write(List<JobPosting> postings, Consumer<Map<UpsertOutcome, Integer>> alsoInTransaction) {
        List<PreparedPosting> prepared = postings.stream().map(this::prepare)
                .sorted(Comparator.comparing(p -> p.posting().externalId())).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    Map<UpsertOutcome, Integer> counts = new EnumMap<>(UpsertOutcome.class);
                    for (UpsertOutcome o : UpsertOutcome.values()) {
                        counts.put(o, 0);
                    }
                    for (PreparedPosting p : prepared) {
                        counts.merge(store.upsert(p), 1, Integer::sum);
                    }
                    alsoInTransaction.accept(counts);
                    return counts;
                });
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !JobUpsertStore.retryable(e)) {
                    throw e;
                }
            }
        }
    }

    public PreparedPosting prepare(JobPosting posting) {
        try {
            String hash = PostingFingerprints.sha256(mapper.writeValueAsBytes(posting));
            List<String> signals = new ArrayList<>(posting.keySkills());
            signals.addAll(posting.keywords());
            return new PreparedPosting(posting, hash,
                    CollarClassifier.classify(posting.title(), posting.industries(), signals),
                    PostingFingerprints.cluster(posting));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a posting record always serializes", e);
        }
    }
}
