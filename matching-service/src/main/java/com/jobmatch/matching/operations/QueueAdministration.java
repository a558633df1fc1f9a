package com.jobmatch.matching.operations;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.queue.WorkQueue;
import com.jobmatch.matching.enrichment.EnrichmentQueueStore;
import com.jobmatch.matching.matches.AnalysisQueueStore;
import com.jobmatch.matching.matches.RecomputeQueueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What admins do to matching-service's work queues: give dead items a new start. */
@ApplicationScoped
public class QueueAdministration {

    /** How many dead items of a queue were made pending again. */
    public record Revived(String queue, int revived) {
    }

    private final EnrichmentQueueStore enrichment;
    private final RecomputeQueueStore recompute;
    private final AnalysisQueueStore analysis;

    public QueueAdministration(EnrichmentQueueStore enrichment, RecomputeQueueStore recompute, AnalysisQueueStore analysis) {
        this.enrichment = enrichment;
        this.recompute = recompute;
        this.analysis = analysis;
    }

    /** The queue's dead items become pending with their attempts from zero (404 "Queue" for an unknown name). */
    @Transactional
    public Revived reviveDead(String queue) {
        Map<String, WorkQueue> queues = new TreeMap<>();
        for (WorkQueue known : List.of(enrichment.queue(), recompute.queue(), analysis.queue())) {
            queues.put(known.table(), known);
        }
        WorkQueue found = queues.get(queue);
        if (found == null) {
            throw ProblemException.notFound("Queue " + queue + " (known: " + String.join(", ", queues.keySet()) + ")");
        }
        return new Revived(queue, found.reviveDead());
    }
}
