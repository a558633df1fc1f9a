package com.jobmatch.matching.userjobs;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.catalogue.JobUpsertStore;
import com.jobmatch.matching.catalogue.PostingBatchWriter;
import com.jobmatch.matching.catalogue.PostingFingerprints;
import com.jobmatch.matching.catalogue.PostingValidator;
import com.jobmatch.matching.catalogue.PreparedPosting;
import com.jobmatch.matching.enrichment.EnrichmentWorker;
import com.jobmatch.matching.fetch.FetchFailed;
import com.jobmatch.matching.fetch.FetchRefused;
import com.jobmatch.matching.fetch.FetchRequest;
import com.jobmatch.matching.fetch.Fetched;
import com.jobmatch.matching.fetch.SafeFetcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs people bring: the posting is read (pasted text, or a URL fetched through {@link SafeFetcher}), stored as a
 * private job of that person (never in the catalogue, others' rankings, searches or statistics), queued for enrichment
 * as INTERACTIVE work of that person and enriched at once when ai-service answers. Bringing the same text or URL again
 * updates the same job.
 */
@ApplicationScoped
public class UserJobService {

    /** A stored private job, and whether it is enriched now. */
    public record Brought(UUID jobId, boolean created) {
    }

    private final SafeFetcher fetcher;
    private final PostingReader reader;
    private final PostingBatchWriter writer;
    private final JobUpsertStore upserts;
    private final UserJobStore store;
    private final EnrichmentWorker enrichment;

    public UserJobService(SafeFetcher fetcher, PostingReader reader, PostingBatchWriter writer, JobUpsertStore upserts,
                          UserJobStore store, EnrichmentWorker enrichment) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.writer = writer;
        this.upserts = upserts;
        this.store = store;
        this.enrichment = enrichment;
    }

    /** The person's own job; 404 for anyone else's or an unknown id. */
    public UserJobView view(UUID jobId, UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UserJobStore.Origin origin = store.owned(jobId, userId).orElseThrow(() -> ProblemException.notFound("Job"));
            return UserJobView.of(store.job(jobId), origin);
        });
    }

    public Page<UserJobView> mine(UUID userId, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(store.of(userId, page, size).stream()
                .map(origin -> UserJobView.of(store.job(origin.jobId()), origin)).toList(), page, size, store.countOf(userId)));
    }

    public void delete(UUID jobId, UUID userId) {
        QuarkusTransaction.requiringNew().run(() -> {
            store.owned(jobId, userId).orElseThrow(() -> ProblemException.notFound("Job"));
            store.delete(jobId, userId);
        });
    }

    public Brought bring(UUID userId, UserJobRequest request) {
        boolean hasText = request.text() != null && !request.text().isBlank();
        boolean hasUrl = request.url() != null && !request.url().isBlank();
        if (hasText && hasUrl) {
            throw ProblemException.invalidField("url", "give the posting's text or its URL, not both");
        }
        if (!hasText && !hasUrl) {
            throw ProblemException.invalidField("text", "give the posting's text, or its URL in 'url'");
        }
        JobPosting read = hasUrl ? reader.fromPage(fetch(uri(request.url().strip())), request.title(), request.company())
                : reader.fromText(request.text(), request.title(), request.company());
        String key = PostingFingerprints.sha256(userId + "\n" + (hasUrl ? request.url().strip() : request.text().strip()));
        JobPosting posting = PostingReader.withIdentity(read, "user:" + userId + ":" + key.substring(0, 32), "user");
        Optional<String> problem = PostingValidator.problem(posting);
        if (problem.isPresent()) {
            String reason = problem.get();
            String field = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : "text";
            throw ProblemException.invalidField(field, reason.substring(reason.indexOf(':') + 1).strip()
                    + (field.equals("title") || field.equals("company") ? " (none could be read; give '" + field + "')" : ""));
        }
        PreparedPosting prepared = writer.prepare(posting);
        JobUpsertStore.PrivateUpsert stored = QuarkusTransaction.requiringNew().call(() -> {
            JobUpsertStore.PrivateUpsert upsert = upsert(prepared, userId);
            store.record(upsert.jobId(), userId, hasUrl ? "url" : "text", hasUrl ? request.url().strip() : null);
            return upsert;
        });
        enrichment.enrichNow(stored.jobId());
        return new Brought(stored.jobId(), stored.outcome() == com.jobmatch.matching.catalogue.UpsertOutcome.NEW);
    }

    private JobUpsertStore.PrivateUpsert upsert(PreparedPosting prepared, UUID userId) {
        return upserts.upsertPrivate(prepared, userId)
                .orElseThrow(() -> ProblemException.conflict("This posting id belongs to another job"));
    }

    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "not a valid URL");
        }
    }

    private Fetched fetch(URI uri) {
        Fetched page;
        try {
            page = fetcher.get(FetchRequest.of(uri, FetchRequest.PAGE));
        } catch (FetchRefused e) {
            throw ProblemException.invalidField("url", "refused: " + e.getMessage());
        } catch (FetchFailed e) {
            throw ProblemException.invalidField("url", "could not be fetched: " + e.getMessage());
        }
        if (!page.ok()) {
            throw ProblemException.invalidField("url", "the page answered HTTP " + page.status());
        }
        return page;
    }
}
