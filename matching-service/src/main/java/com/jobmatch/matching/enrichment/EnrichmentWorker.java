package com.jobmatch.matching.enrichment;

import com.jobmatch.common.logging.FailureText;
import com.jobmatch.contract.api.EmbeddingResponse;
import com.jobmatch.contract.api.SkillExtractionRequest;
import com.jobmatch.contract.api.SkillExtractionResponse;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.Vectors;
import com.jobmatch.matching.client.AiClient;
import com.jobmatch.matching.config.MatchingConfig;
import com.jobmatch.matching.enrichment.EnrichmentQueueStore.Claim;
import com.jobmatch.matching.enrichment.JobEnrichmentStore.ResolvedSkill;
import com.jobmatch.matching.knowledge.TaxonomyRepository;
import com.jobmatch.matching.scoring.PostingOccupation;
import com.jobmatch.matching.scoring.PostingOccupationStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import com.jobmatch.common.queue.QueueWorkers;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkHandler;
import com.jobmatch.matching.catalogue.SkillRequirementKind;
import com.jobmatch.matching.knowledge.SkillTaxonomyEntry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Drains the enrichment queue: normalized skills (required/preferred) and an embedding from ai-service for
 * every new or changed job (the centroid of its statements' embeddings, see {@link Statements}), and the experience
 * its text states when the posting has no structured range ({@link PostingRequirements}), and the occupation it is
 * about ({@link PostingOccupation}, read from its text and that embedding). A job whose enrichment
 * fails stays queued with the queue's backoff, and is dead (kept with its last error) after its last attempt.
 *
 * <p>As many workers as cores (jobmatch.matching.enrichment.workers) each claim up to
 * {@code jobmatch.matching.enrichment.model-batch} jobs at once and send all their texts to ai-service together: one
 * skill-extraction request and one embedding request for the batch instead of two per job, sent at the same time, so
 * ai-service is kept busy on every core and the per-request cost is paid once per batch. The batch's jobs are stored,
 * each with its queue entry's completion, in one transaction; if that fails, each job is stored in a transaction of
 * its own, so one job that fails (or that ai-service refuses, then the batch's jobs are read one by one) is retried
 * alone and never fails the others. The queue component takes turns between sources. ENRICHMENT_EVERY is how long
 * an idle worker waits before looking again ("off" starts no workers: tests drive {@link #processDue()}).
 *
 * <p>Storing a job fires {@link JobEnriched} in the same transaction, so the rankings it reaches are queued for
 * recompute with it (matches.MatchReach: freshness).
 */
@ApplicationScoped
public class EnrichmentWorker implements WorkHandler {

    static final int EMBEDDING_DIMENSION = 384;
    private static final Logger LOG = Logger.getLogger(EnrichmentWorker.class);
    private static final BigDecimal MIN_IMPORTANCE = new BigDecimal("0.10");
    /** Words this short ("C", "Go") say nothing about which listed skill they read: only the taxonomy's labels read them. */
    private static final int MIN_READ_WORDS_LENGTH = 3;

    private final EnrichmentQueueStore queue;
    private final JobEnrichmentStore jobs;
    private final PostingOccupationStore occupations;
    private final TaxonomyRepository taxonomy;
    private final AiClient ai;
    private final MatchingConfig.Enrichment config;

    private final Event<JobEnriched> enriched;
    private final QueueWorkers workers;
    private final String every;
    /** The embedding request of a batch runs beside its extraction request (both mostly wait for ai-service). */
    private final ExecutorService modelCalls = Executors.newVirtualThreadPerTaskExecutor();

    public EnrichmentWorker(EnrichmentQueueStore queue, JobEnrichmentStore jobs, PostingOccupationStore occupations,
                            TaxonomyRepository taxonomy, AiClient ai, MatchingConfig config, Event<JobEnriched> enriched,
                            @ConfigProperty(name = "jobmatch.schedule.enrichment", defaultValue = "2s") String every) {
        this.queue = queue;
        this.jobs = jobs;
        this.occupations = occupations;
        this.taxonomy = taxonomy;
        this.ai = ai;
        this.config = config.enrichment();
        this.enriched = enriched;
        this.every = every.strip();
        this.workers = new QueueWorkers(queue.queue(), this,
                "off".equals(this.every) ? Duration.ofSeconds(1) : DurationConverter.parseDuration(this.every),
                this.config.modelBatch());
    }

    void start(@Observes StartupEvent event) {
        if (!"off".equals(every)) {
            workers.start(config.workers() > 0 ? config.workers() : Runtime.getRuntime().availableProcessors());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        workers.stop();
        modelCalls.shutdownNow();
    }

    /**
     * One pass over the due entries (up to the batch size) on the calling thread, in model batches as the workers
     * send them; returns how many jobs were enriched.
     */
    public int processDue() {
        List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> queue.claimDue(config.batchSize()));
        int enriched = 0;
        for (int from = 0; from < claims.size(); from += config.modelBatch()) {
            enriched += enrichAll(claims.subList(from, Math.min(claims.size(), from + config.modelBatch())));
        }
        return enriched;
    }

    /**
     * Enriches one job now on the calling thread, when a person waits for it (a job they brought): true when it is
     * enriched. False when ai-service did not answer (the entry stays queued with its backoff, the workers retry) or a
     * worker already holds it.
     */
    public boolean enrichNow(UUID jobId) {
        Optional<Claim> claim = QuarkusTransaction.requiringNew().call(() -> queue.claimJob(jobId));
        if (claim.isEmpty()) {
            return false;
        }
        try {
            return enrich(claim.get());
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> queue.retryLater(claim.get(), FailureText.of(e)));
            return false;
        }
    }

    /** A worker's item: enriched, or its failure recorded for a later attempt. */
    @Override
    public void handle(QueuedWork work) {
        QuarkusTransaction.requiringNew().call(() -> queue.claimOf(work)).ifPresent(this::enrich);
    }

    /** A worker's batch: enriched together; each item's failure is recorded here, on its own. */
    @Override
    public Map<QueuedWork, String> handleAll(List<QueuedWork> work) {
        enrichAll(QuarkusTransaction.requiringNew().call(() -> queue.claimsOf(work)));
        return Map.of();
    }

    /**
     * Enriches claimed jobs with one skill-extraction and one embedding request for all of them, sent together, then
     * stores them in one transaction (or each in its own when that fails); returns how many were enriched. When the
     * batch as a whole gets no answer (ai-service down, or it refused one text), each job is tried on its own, so a
     * posting ai-service refuses fails alone.
     */
    private int enrichAll(List<Claim> claims) {
        Map<UUID, JobEnrichmentStore.JobText> texts = QuarkusTransaction.requiringNew()
                .call(() -> jobs.jobTexts(claims.stream().map(Claim::jobId).toList()));
        // A job deleted meanwhile took its entry with it (ON DELETE CASCADE).
        List<Claim> present = claims.stream().filter(c -> texts.containsKey(c.jobId())).toList();
        if (present.size() <= 1) {
            return present.isEmpty() ? 0 : enrichAlone(present.getFirst()) ? 1 : 0;
        }
        List<String> fullTexts = present.stream().map(c -> texts.get(c.jobId()).text()).toList();
        List<List<String>> statements = fullTexts.stream().map(t -> Statements.of(t, Statements.MAX_JOB_STATEMENTS)).toList();
        List<UUID> statementJobs = IntStream.range(0, present.size()).boxed()
                .flatMap(i -> Collections.nCopies(statements.get(i).size(), present.get(i).jobId()).stream()).toList();
        CompletableFuture<Optional<EmbeddingResponse>> embedding = CompletableFuture.supplyAsync(
                () -> ai.embedJobs(statements.stream().flatMap(List::stream).toList(), statementJobs), modelCalls);
        Optional<List<PostingSkills>> extracted = readSkills(present.stream().map(c -> texts.get(c.jobId())).toList());
        Optional<EmbeddingResponse> embedded = embedding.join();
        if (extracted.isEmpty() || embedded.isEmpty() || embedded.get().vectors() == null
                || embedded.get().vectors().size() != statementJobs.size()) {
            int enriched = 0;
            for (Claim claim : present) {
                enriched += enrichAlone(claim) ? 1 : 0;
            }
            return enriched;
        }
        List<Enrichment> ready = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < present.size(); i++) {
            Claim claim = present.get(i);
            int count = statements.get(i).size();
            EmbeddingResponse own = new EmbeddingResponse(embedded.get().model(), embedded.get().dimension(),
                    embedded.get().vectors().subList(offset, offset + count));
            offset += count;
            String problem = embeddingProblem(own, count);
            if (problem != null) {
                QuarkusTransaction.requiringNew().run(() -> queue.retryLater(claim, problem));
            } else {
                ready.add(new Enrichment(claim, texts.get(claim.jobId()), extracted.get().get(i), own));
            }
        }
        try {
            // One commit for the batch: the jobs' writes are small, the commits are what costs.
            QuarkusTransaction.requiringNew().run(() -> ready.forEach(this::write));
            return ready.size();
        } catch (RuntimeException batchFailed) {
            int enriched = 0;
            for (Enrichment job : ready) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> write(job));
                    enriched++;
                } catch (RuntimeException e) {
                    QuarkusTransaction.requiringNew().run(() -> queue.retryLater(job.claim(), FailureText.of(e)));
                }
            }
            return enriched;
        }
    }

    /** One job on its own: enriched, or its failure recorded for a later attempt. */
    private boolean enrichAlone(Claim claim) {
        try {
            return enrich(claim);
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> queue.retryLater(claim, FailureText.of(e)));
            return false;
        }
    }

    private boolean enrich(Claim claim) {
        Optional<JobEnrichmentStore.JobText> job = QuarkusTransaction.requiringNew().call(() -> jobs.jobText(claim.jobId()));
        if (job.isEmpty()) {
            // The job is gone; its entry went with it (ON DELETE CASCADE).
            return false;
        }
        String text = job.get().text();
        Optional<PostingSkills> extracted = readSkills(List.of(job.get())).map(List::getFirst);
        List<String> statements = Statements.of(text, Statements.MAX_JOB_STATEMENTS);
        Optional<EmbeddingResponse> embedding = extracted.isPresent() ? ai.embedJob(claim.jobId(), statements) : Optional.empty();
        if (extracted.isEmpty() || embedding.isEmpty()) {
            String problem = extracted.isEmpty() ? "skill extraction unavailable" : "embedding unavailable";
            QuarkusTransaction.requiringNew().run(() -> queue.retryLater(claim, problem));
            return false;
        }
        return store(claim, job.get(), extracted.get(), embedding.get(), statements.size());
    }

    /**
     * What ai-service reads of a posting's skills: those its text mentions, and those of the list it gives itself
     * (its key skills, each read as a skill whose name only has to be linked; empty when it lists none). {@code
     * complete}: read with every taxonomy label embedded; else the reading is kept and the posting read again later.
     */
    private record PostingSkills(List<ExtractedSkill> text, List<ExtractedSkill> listed, boolean complete) {
    }

    /**
     * How long a posting read while ai-service was still embedding the taxonomy's labels (after its start, a few
     * minutes on a new database) waits before it is read again: its reading is kept meanwhile, but phrases were
     * linked only to the labels embedded so far ("Forklift Operation" to nothing), and a posting enriched once is not
     * read again until it changes.
     */
    static final Duration READ_AGAIN_AFTER = Duration.ofSeconds(60);

    /**
     * The skills of each posting in one request: its text (kind JOB) and, when it lists skills, the list (kind SKILLS,
     * one per line); empty when ai-service did not answer.
     */
    private Optional<List<PostingSkills>> readSkills(List<JobEnrichmentStore.JobText> postings) {
        List<Optional<String>> lists = postings.stream().map(EnrichmentWorker::listOf).toList();
        List<SkillExtractionRequest> requests = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            // The posting names its employer ("Summit Ridge Logistics is looking for ..."): no skill is asked there.
            requests.add(new SkillExtractionRequest(postings.get(i).text(), SkillExtractionRequest.JOB,
                    postings.get(i).company() == null ? List.of() : List.of(postings.get(i).company())));
            lists.get(i).ifPresent(list -> requests.add(new SkillExtractionRequest(list, SkillExtractionRequest.SKILLS)));
        }
        return ai.extractSkillsAll(requests).map(results -> {
            List<PostingSkills> read = new ArrayList<>();
            int next = 0;
            for (Optional<String> asked : lists) {
                SkillExtractionResponse text = results.get(next++);
                SkillExtractionResponse list = asked.isPresent() ? results.get(next++) : null;
                read.add(new PostingSkills(text.skills(), list == null ? List.of() : list.skills(),
                        text.complete() && (list == null || list.complete())));
            }
            return read;
        });
    }

    /** The skills a posting lists itself, one per line, as ai-service reads a list; none when it lists none. */
    private static Optional<String> listOf(JobEnrichmentStore.JobText posting) {
        String list = posting.keySkills().stream().filter(skill -> skill != null && !skill.isBlank())
                .map(EnrichmentWorker::listItem).distinct().collect(Collectors.joining("\n"));
        return list.isEmpty() ? Optional.empty() : Optional.of(list);
    }

    /** A listed skill as one line of a list, its spaces made single: how the list is sent and how its reading is matched. */
    private static String listItem(String skill) {
        return skill.replaceAll("\\s+", " ").strip();
    }

    /** What ai-service answered for one claimed job, ready to be written. */
    private record Enrichment(Claim claim, JobEnrichmentStore.JobText posting, PostingSkills extracted,
                              EmbeddingResponse embedding) {
    }

    /**
     * Stores what ai-service answered for one job with its entry's completion, in one transaction of its own; a
     * malformed embedding is recorded as the entry's failure instead.
     */
    private boolean store(Claim claim, JobEnrichmentStore.JobText posting, PostingSkills extracted,
                          EmbeddingResponse embedding, int statements) {
        String problem = embeddingProblem(embedding, statements);
        if (problem != null) {
            QuarkusTransaction.requiringNew().run(() -> queue.retryLater(claim, problem));
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> write(new Enrichment(claim, posting, extracted, embedding)));
        return true;
    }

    /**
     * Writes one job's enrichment, completes its queue entry and queues the recomputes it causes, in the caller's
     * transaction, so that they commit together.
     */
    private void write(Enrichment job) {
        String text = job.posting().text();
        Map<String, Optional<SkillTaxonomyEntry>> listed = listedSkills(job.posting().keySkills());
        List<ResolvedSkill> skills = resolve(text, job.extracted(), listed);
        List<String> unread = unread(text, job.extracted(), listed);
        List<String> names = skills.stream().map(s -> taxonomy.findById(s.skillId()).canonicalName).toList();
        PostingFacts facts = PostingFacts.read(job.posting().title(), job.posting().description());
        List<StatedFact> stated = new ArrayList<>(facts.facts());
        PostingRequirements.experienceStated(job.posting().description(), "description").ifPresent(stated::add);
        PostingRequirements.educationStated(job.posting().description(), "description").ifPresent(stated::add);
        float[] embedding = Vectors.centroid(job.embedding().vectors());
        jobs.store(job.claim().jobId(), skills, unread, names, embedding, job.embedding().model(),
                PostingRequirements.experience(text), PostingRequirements.education(text), facts, stated);
        // The posting's occupation is read here, once per version of its text, where its text and embedding are at
        // hand: every score of it reads this reading.
        occupations.replace(job.claim().jobId(), job.posting().contentHash(),
                PostingOccupation.read(job.posting().title(), job.posting().description(), embedding));
        if (job.extracted().complete()) {
            queue.complete(job.claim());
        } else {
            queue.readAgainLater(job.claim(), READ_AGAIN_AFTER);
        }
        enriched.fire(new JobEnriched(job.claim().jobId()));
    }

    /**
     * Taxonomy skills of the job: extracted mentions outside its legal notices, plus key skills the
     * posting listed itself (required): named by a taxonomy label, or as ai-service read the list.
     */
    private List<ResolvedSkill> resolve(String text, PostingSkills extracted,
                                        Map<String, Optional<SkillTaxonomyEntry>> listed) {
        Map<String, SkillTaxonomyEntry> bySlug = taxonomy.bySlugs(Stream.concat(extracted.text().stream(), extracted.listed().stream())
                .map(ExtractedSkill::skillId).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(s -> s.slug, Function.identity()));
        Map<UUID, ResolvedSkill> resolved = new LinkedHashMap<>();
        for (ExtractedSkill e : extracted.text()) {
            if (RequirementSections.inLegalNotice(text, e.start(), e.end())) {
                continue;
            }
            SkillTaxonomyEntry skill = e.skillId() != null && bySlug.containsKey(e.skillId()) ? bySlug.get(e.skillId())
                    : taxonomy.byAlias(e.name() == null ? e.matchedText() : e.name()).stream().findFirst().orElse(null);
            if (skill != null) {
                merge(resolved, new ResolvedSkill(skill.id, RequirementSections.kindAt(text, e.start()), importance(e.confidence())));
            }
        }
        listed.values().forEach(entry -> entry.ifPresent(skill ->
                merge(resolved, new ResolvedSkill(skill.id, SkillRequirementKind.REQUIRED, BigDecimal.ONE))));
        for (ExtractedSkill e : extracted.listed()) {
            SkillTaxonomyEntry skill = e.skillId() == null ? null : bySlug.get(e.skillId());
            if (skill != null) {
                merge(resolved, new ResolvedSkill(skill.id, SkillRequirementKind.REQUIRED, importance(e.confidence())));
            }
        }
        return List.copyOf(resolved.values());
    }

    /** Each skill the posting lists itself, in order, with the taxonomy skill its words name (one look-up each). */
    private Map<String, Optional<SkillTaxonomyEntry>> listedSkills(List<String> keySkills) {
        Map<String, Optional<SkillTaxonomyEntry>> listed = new LinkedHashMap<>();
        for (String skill : keySkills) {
            if (skill != null && !skill.isBlank()) {
                listed.computeIfAbsent(listItem(skill), name -> taxonomy.byAlias(name).stream().findFirst());
            }
        }
        return listed;
    }

    /**
     * The skills the posting lists itself that no taxonomy skill reads: neither a taxonomy name or synonym, nor linked
     * by ai-service's reading of the list ("Forklift Operation" as operate forklift), nor the words of a skill
     * ai-service found in the text ("Lesson Planning" read as advise on lesson plans is read; "Quarkus" is not).
     * Scoring counts the skills criterion only as far as the listed skills were read.
     */
    private List<String> unread(String text, PostingSkills extracted, Map<String, Optional<SkillTaxonomyEntry>> listed) {
        Set<String> linked = extracted.listed().stream().filter(e -> e.skillId() != null && e.matchedText() != null)
                .map(e -> e.matchedText().strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, String> unread = new LinkedHashMap<>();
        for (Map.Entry<String, Optional<SkillTaxonomyEntry>> skill : listed.entrySet()) {
            String wanted = skill.getKey().toLowerCase(Locale.ROOT);
            boolean read = skill.getValue().isPresent() || linked.contains(wanted) || extracted.text().stream()
                    .filter(e -> e.skillId() != null && e.matchedText() != null
                            && !RequirementSections.inLegalNotice(text, e.start(), e.end()))
                    .map(e -> e.matchedText().strip().toLowerCase(Locale.ROOT))
                    .anyMatch(found -> found.length() >= MIN_READ_WORDS_LENGTH && wanted.length() >= MIN_READ_WORDS_LENGTH
                            && (wanted.contains(found) || found.contains(wanted)));
            if (!read) {
                unread.putIfAbsent(wanted, skill.getKey());
            }
        }
        return List.copyOf(unread.values());
    }

    /** A skill mentioned twice keeps its strongest reading: required over preferred, then the higher importance. */
    private static void merge(Map<UUID, ResolvedSkill> resolved, ResolvedSkill next) {
        resolved.merge(next.skillId(), next, (a, b) -> {
            SkillRequirementKind kind = a.requirement() == SkillRequirementKind.REQUIRED || b.requirement() == SkillRequirementKind.REQUIRED
                    ? SkillRequirementKind.REQUIRED : SkillRequirementKind.PREFERRED;
            return new ResolvedSkill(a.skillId(), kind, a.importance().max(b.importance()));
        });
    }

    private static BigDecimal importance(double confidence) {
        BigDecimal value = BigDecimal.valueOf(Math.min(1.0, confidence)).setScale(2, RoundingMode.HALF_UP);
        return value.max(MIN_IMPORTANCE);
    }

    private static String embeddingProblem(EmbeddingResponse response, int statements) {
        if (response.vectors() == null || response.vectors().size() != statements
                || response.vectors().stream().anyMatch(v -> v.length != EMBEDDING_DIMENSION)) {
            LOG.warnf("ai-service did not return one %d-dimensional vector per statement", EMBEDDING_DIMENSION);
            return "embedding is not one " + EMBEDDING_DIMENSION + "-dimensional vector per statement";
        }
        return null;
    }
}
