package com.jobmatch.matching.sources;

import com.jobmatch.common.queue.Backoff;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.imports.ParsedRow;
import com.jobmatch.matching.catalogue.PostingBatchWriter;
import com.jobmatch.matching.catalogue.PostingValidator;
import com.jobmatch.matching.catalogue.UpsertOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Runs one configured source: page by page through its adapter, each page stored in its own transaction together
 * with the run's counters and rejected rows (so a run's progress shows while it goes, and what was read stays when it
 * fails half way). A 429 is waited out when the source says how long (Retry-After, up to
 * {@code jobmatch.source-runs.max-retry-after}) and otherwise backed off; a longer wait ends the run and the next run is
 * not queued before the source allows. After a complete run of a source that lists everything it has, its postings the
 * run did not see are closed; postings past their validThrough are closed after every run; a closed posting seen again
 * is reopened.
 */
@ApplicationScoped
public class SourceRunner {

    private static final Logger LOG = Logger.getLogger(SourceRunner.class);

    private final SourcesConfig sources;
    private final SourceRunsConfig config;
    private final Map<String, SourceAdapter> adapters;
    private final SourceHttp http;
    private final SourceCredentials credentials;
    private final PostingBatchWriter writer;
    private final SourceStore store;
    private final SourceRunQueueStore queue;
    private final SourceRunStore runs;
    private final RandomGenerator random = RandomGenerator.getDefault();

    public SourceRunner(SourcesConfig sources, SourceRunsConfig config, Instance<SourceAdapter> adapters, SourceHttp http,
                        SourceCredentials credentials, PostingBatchWriter writer, SourceStore store, SourceRunQueueStore queue,
                        SourceRunStore runs) {
        this.runs = runs;
        this.sources = sources;
        this.config = config;
        this.adapters = adapters.stream().collect(Collectors.toMap(SourceAdapter::kind, Function.identity()));
        this.http = http;
        this.credentials = credentials;
        this.writer = writer;
        this.store = store;
        this.queue = queue;
    }

    public Set<String> kinds() {
        return adapters.keySet();
    }

    /**
     * Queues a run of the source on the work queue; empty when it already has one waiting or running. Unknown names are
     * the caller's to refuse before.
     */
    public Optional<SourceRunView> enqueue(String name, WorkPriority priority, String requestedBy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (queue.busy(name)) {
                return Optional.empty();
            }
            SourceRun run = runs.create(name, kindOf(name), requestedBy);
            queue.add(run.id, name, priority);
            return Optional.of(SourceRunView.of(run));
        });
    }

    /** Runs the source now on the calling thread, without the queue (tools and tests). */
    public SourceRun run(String name, String requestedBy) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> runs.create(name, kindOf(name), requestedBy).id);
        return execute(id);
    }

    private String kindOf(String name) {
        SourcesConfig.Source source = sources.all().get(name);
        return source == null ? null : source.kind();
    }

    /** Executes a queued run (again, from the start, when its worker died before). */
    public SourceRun execute(UUID runId) {
        String name = QuarkusTransaction.requiringNew().call(() -> runs.restart(runId));
        String error = null;
        boolean complete = false;
        int closed = 0;
        try {
            SourcesConfig.Source source = sources.all().get(name);
            if (source == null || !source.enabled()) {
                throw new SourceProblem.Refused("source " + name + " is not configured, or not enabled");
            }
            SourceAdapter adapter = adapters.get(source.kind().strip().toLowerCase(Locale.ROOT));
            if (adapter == null) {
                throw new SourceProblem.Refused("unknown kind '" + source.kind() + "'; known: " + adapters.keySet().stream().sorted().toList());
            }
            SourceContext context = new SourceContext(name, source, credential(name, source), http);
            complete = readPages(runId, adapter, context);
            if (complete && adapter.listsWholeSource()) {
                closed += QuarkusTransaction.requiringNew().call(() -> store.closeGone(name, runId));
            }
        } catch (SourceProblem e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            LOG.errorf(e, "source %s: run %s failed", name, runId);
            error = "unexpected error: " + e;
        }
        closed += QuarkusTransaction.requiringNew().call(() -> store.closeExpired(name));
        String finalError = error;
        boolean finalComplete = complete;
        int finalClosed = closed;
        SourceRun finished = QuarkusTransaction.requiringNew().call(() -> {
            SourceRun run = runs.get(runId);
            run.status = finalError == null ? SourceRunStatus.SUCCEEDED : SourceRunStatus.FAILED;
            run.error = finalError;
            run.complete = finalComplete;
            run.closedCount += finalClosed;
            run.finishedAt = OffsetDateTime.now();
            return run;
        });
        LOG.infof("source %s: run %s %s (%d fetched, %d new, %d updated, %d rejected, %d closed)%s", name, runId,
                finished.status, finished.fetched, finished.newCount, finished.updatedCount, finished.rejectedCount,
                finished.closedCount, finalError == null ? "" : ": " + finalError);
        return finished;
    }

    /** Marks a run the queue gave up on (its workers kept dying) as failed. */
    public void gaveUp(UUID runId, String error) {
        QuarkusTransaction.requiringNew().run(() -> runs.find(runId).ifPresent(run -> {
            run.status = SourceRunStatus.FAILED;
            run.error = "given up: " + error;
            run.finishedAt = OffsetDateTime.now();
        }));
    }

    private Optional<String> credential(String name, SourcesConfig.Source source) {
        if (source.apiKeyEnv().isEmpty()) {
            return Optional.empty();
        }
        String variable = source.apiKeyEnv().get().strip();
        return Optional.of(credentials.lookup(variable).orElseThrow(() -> new SourceProblem.Refused(
                "the API key of source " + name + " is not set: environment variable " + variable + " is empty")));
    }

    /** Reads up to max-pages pages; true when the source had no further page (every page read). */
    private boolean readPages(UUID runId, SourceAdapter adapter, SourceContext context) {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        long lastRequest = 0;
        for (int page = 1; page <= context.config().maxPages(); page++) {
            lastRequest = pace(context.config().minInterval(), lastRequest);
            SourcePage fetched;
            try {
                fetched = fetchPage(runId, adapter, context, cursor);
            } catch (SourceProblem e) {
                throw rethrow(e, "page " + page + ": " + e.getMessage());
            }
            store(runId, context, page, fetched, seen);
            cursor = fetched.next();
            if (cursor == null || cursor.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** One page, waiting out 429s the source allows us to wait for. */
    private SourcePage fetchPage(UUID runId, SourceAdapter adapter, SourceContext context, String cursor) {
        for (int limited = 1; ; limited++) {
            try {
                return adapter.fetch(context, cursor);
            } catch (SourceProblem.RateLimited e) {
                Duration wait = e.retryAfter() != null ? e.retryAfter()
                        : Backoff.after(limited, config.rateLimitBackoff(), config.maxRetryAfter(), random);
                boolean giveUp = limited > config.rateLimitRetries() || wait.compareTo(config.maxRetryAfter()) > 0;
                QuarkusTransaction.requiringNew().run(() -> {
                    SourceRun run = runs.get(runId);
                    run.rateLimitedCount++;
                    if (giveUp) {
                        run.notBefore = OffsetDateTime.now().plus(wait);
                    }
                });
                if (giveUp) {
                    throw e;
                }
                sleep(wait);
            }
        }
    }

    /** Stores one page with the run's counters and its rejected rows, in one transaction. */
    private void store(UUID runId, SourceContext context, int page, SourcePage fetched, Set<String> seen) {
        List<JobPosting> valid = new ArrayList<>();
        List<SourceRunRejection> rejections = new ArrayList<>();
        int repeated = 0;
        for (ParsedRow row : fetched.rows()) {
            JobPosting posting = row.posting() == null ? null : row.posting().withDefaultSource(context.name());
            Optional<String> problem = row.rejection() != null ? Optional.of(row.rejection()) : PostingValidator.problem(posting);
            if (problem.isPresent()) {
                rejections.add(rejection(runId, page, row.rowNumber(), posting, problem.get()));
            } else if (!wanted(context.config(), posting)) {
                continue;
            } else if (!seen.add(posting.externalId().strip())) {
                repeated++;
            } else {
                valid.add(posting);
            }
        }
        int repeatedOnPage = repeated;
        List<String> ids = valid.stream().map(p -> p.externalId().strip()).toList();
        writer.write(valid, counts -> {
            int reopened = store.markSeen(context.name(), runId, ids);
            SourceRun run = runs.get(runId);
            run.pagesFetched++;
            run.fetched += fetched.rows().size();
            run.newCount += counts.get(UpsertOutcome.NEW);
            run.updatedCount += counts.get(UpsertOutcome.UPDATED);
            run.unchangedCount += counts.get(UpsertOutcome.UNCHANGED) + repeatedOnPage;
            run.rejectedCount += rejections.size();
            run.reopenedCount += reopened;
            if (fetched.quotaRemaining() != null) {
                run.quotaRemaining = fetched.quotaRemaining();
            }
            runs.addRejections(rejections);
        });
    }

    private static SourceRunRejection rejection(UUID runId, int page, int row, JobPosting posting, String reason) {
        SourceRunRejection rejection = new SourceRunRejection();
        rejection.runId = runId;
        rejection.page = page;
        rejection.rowNumber = row;
        rejection.externalId = posting == null || posting.externalId() == null ? null
                : posting.externalId().substring(0, Math.min(256, posting.externalId().length()));
        rejection.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        return rejection;
    }

    /** The source's title filter: postings whose title names none of its words are not wanted. */
    private static boolean wanted(SourcesConfig.Source source, JobPosting posting) {
        List<String> words = source.titleContains().orElse(List.of());
        String title = posting.title().toLowerCase(Locale.ROOT);
        return words.isEmpty() || words.stream().anyMatch(w -> title.contains(w.strip().toLowerCase(Locale.ROOT)));
    }

    private static long pace(Duration minInterval, long lastRequestNanos) {
        long wait = lastRequestNanos == 0 ? 0 : minInterval.toNanos() - (System.nanoTime() - lastRequestNanos);
        if (wait > 0) {
            sleep(Duration.ofNanos(wait));
        }
        return System.nanoTime();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceProblem.Unavailable("the run was interrupted (the service is stopping)");
        }
    }

    private static SourceProblem rethrow(SourceProblem e, String message) {
        return switch (e) {
            case SourceProblem.Refused r -> new SourceProblem.Refused(message);
            case SourceProblem.RateLimited r -> new SourceProblem.RateLimited(message, r.retryAfter());
            case SourceProblem.Unavailable u -> new SourceProblem.Unavailable(message);
            case SourceProblem.Malformed m -> new SourceProblem.Malformed(message);
            default -> e;
        };
    }
}
