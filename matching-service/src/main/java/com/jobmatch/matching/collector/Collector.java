package com.jobmatch.matching.collector;

import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.catalogue.PostingBatchWriter;
import com.jobmatch.matching.catalogue.PostingValidator;
import com.jobmatch.matching.catalogue.UpsertOutcome;
import com.jobmatch.matching.client.HttpJobFeeds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Pulls every configured feed (hourly by default, as seed 001's collection). Each page is stored in its own
 * transaction together with the run's counters, so when a feed fails half way the pages already read stay
 * stored and counted; the run is marked FAILED with the error, and the next run reads the feed again
 * (postings already stored come back as unchanged).
 */
@ApplicationScoped
public class Collector {

    private static final Logger LOG = Logger.getLogger(Collector.class);

    private final HttpJobFeeds feeds;
    private final PostingBatchWriter writer;
    private final CollectorRunRepository runs;

    public Collector(HttpJobFeeds feeds, PostingBatchWriter writer, CollectorRunRepository runs) {
        this.feeds = feeds;
        this.writer = writer;
        this.runs = runs;
    }

    @Scheduled(every = "${jobmatch.schedule.collector:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        collectAll();
    }

    public List<CollectorRun> collectAll() {
        List<CollectorRun> runs = new ArrayList<>();
        for (JobFeed feed : feeds.all()) {
            runs.add(collect(feed));
        }
        return runs;
    }

    public CollectorRun collect(JobFeed feed) {
        UUID runId = QuarkusTransaction.requiringNew().call(() -> {
            CollectorRun run = new CollectorRun();
            run.source = feed.name();
            run.status = CollectorRunStatus.RUNNING;
            runs.persist(run);
            return run.id;
        });
        Set<String> seen = new HashSet<>();
        String cursor = null;
        String error = null;
        long lastFetch = 0;
        for (int page = 0; page < feed.maxPages(); page++) {
            lastFetch = waitForRateLimit(feed, lastFetch);
            FeedPage fetched;
            try {
                fetched = feed.fetch(cursor);
            } catch (RuntimeException e) {
                error = "page " + (page + 1) + ": " + e.getMessage();
                LOG.warnf("feed %s failed on page %d: %s", feed.name(), page + 1, e.toString());
                break;
            }
            storePage(runId, feed.name(), fetched, seen);
            cursor = fetched.next();
            if (cursor == null || cursor.isBlank()) {
                break;
            }
        }
        String finalError = error;
        return QuarkusTransaction.requiringNew().call(() -> {
            CollectorRun run = runs.findById(runId);
            run.status = finalError == null ? CollectorRunStatus.SUCCEEDED : CollectorRunStatus.FAILED;
            run.error = finalError;
            run.finishedAt = OffsetDateTime.now();
            return run;
        });
    }

    /** Postings seen earlier in the same run (feeds overlap between pages) are skipped, not stored twice. */
    private void storePage(UUID runId, String source, FeedPage page, Set<String> seen) {
        List<JobPosting> valid = new ArrayList<>();
        int rejected = 0;
        int duplicates = 0;
        for (JobPosting raw : page.jobs()) {
            JobPosting posting = raw.withDefaultSource(source);
            Optional<String> problem = PostingValidator.problem(posting);
            if (problem.isPresent()) {
                rejected++;
                LOG.debugf("feed %s: posting rejected: %s", source, problem.get());
            } else if (!seen.add(posting.externalId().strip())) {
                duplicates++;
            } else {
                valid.add(posting);
            }
        }
        int rejectedOnPage = rejected;
        int duplicatesOnPage = duplicates;
        writer.write(valid, counts -> {
            CollectorRun run = runs.findById(runId);
            run.pagesFetched++;
            run.jobsSeen += page.jobs().size();
            run.newCount += counts.get(UpsertOutcome.NEW);
            run.updatedCount += counts.get(UpsertOutcome.UPDATED);
            run.unchangedCount += counts.get(UpsertOutcome.UNCHANGED) + duplicatesOnPage;
            run.rejectedCount += rejectedOnPage;
        });
    }

    private static long waitForRateLimit(JobFeed feed, long lastFetchNanos) {
        long wait = lastFetchNanos == 0 ? 0 : feed.minInterval().toNanos() - (System.nanoTime() - lastFetchNanos);
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("collector interrupted", e);
            }
        }
        return System.nanoTime();
    }
}
